// expect: ["Property description must be an object: 1","Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>","Getter must be a function: 1","Object.defineProperty called on non-object"]
const out = [];
for (const f of [() => Object.defineProperty({}, "a", 1), () => Object.defineProperty({}, "a", { value: 1, get() {} }),
  () => Object.defineProperty({}, "a", { get: 1 }), () => Object.defineProperty(1, "a", {})]) {
  try { f(); } catch (e) { out.push(e.message); }
}
return out;
