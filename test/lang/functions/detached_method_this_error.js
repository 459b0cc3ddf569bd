// expect error: Cannot read properties of undefined
const o = { v: 1, get() { return this.v; } };
const g = o.get;
return g();
