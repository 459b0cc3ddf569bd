// expect: ["function","[Symbol.toPrimitive]",1,1646092800000,true,true,"text","TypeError: Method Date.prototype [ @@toPrimitive ] called on incompatible receiver 1","TypeError: Invalid hint: x","TypeError: Invalid hint: #<Object>","TypeError: Invalid hint: undefined","TypeError: Invalid hint: Symbol(s)","TypeError: Cannot convert object to primitive value","hint string","hint default",false,1]
// Date.prototype[Symbol.toPrimitive]: "default" and "string" try toString first, "number" valueOf; other hints are refused.
const f = Date.prototype[Symbol.toPrimitive];
const d = new Date(Date.UTC(2022, 2, 1));
const out = [typeof f, f.name, f.length, f.call(d, "number"), f.call(d, "default") === d.toString(), f.call(d, "string") === String(d)];
out.push(f.call({ valueOf() { return 1; }, toString() { return "text"; } }, "default"));
for (const [t, h] of [[1, "number"], [d, "x"], [d, {}], [d, undefined], [d, Symbol("s")], [{ toString() { return {}; }, valueOf() { return {}; } }, "string"]]) {
  try { out.push(f.call(t, h)); } catch (e) { out.push(e.name + ": " + e.message); }
}
const own = new Date(0);
Object.defineProperty(own, Symbol.toPrimitive, { value: (hint) => `hint ${hint}` });
out.push(`${own}`, own + "", +own === +own, Object.getOwnPropertySymbols(Date.prototype).length);
return out;
