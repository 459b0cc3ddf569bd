// expect: [42,["v"],true,"get",10]
let store = 0;
const o = Object.defineProperty({}, "v", { get() { return 42; }, enumerable: true, configurable: true });
const d = Object.getOwnPropertyDescriptor(o, "v");
const c = Object.defineProperties({}, { n: { get: () => store * 2, set: (x) => { store = x; } } });
c.n = 5;
return [o.v, Object.keys(o), d.set === undefined, typeof d.get === "function" ? "get" : "none", c.n];
