// expect: [3, 3, "m", "m2", 1]
const s = Symbol("m"), t = Symbol("t");
const o = { [t]: 3 };
class C { [s]() { return "m"; } static [s]() { return "m2"; } }
const d = {};
Object.defineProperty(d, s, { value: 1, enumerable: false });
return [{ ...o }[t], Object.assign({}, o)[t], new C()[s](), C[s](), d[s]];
