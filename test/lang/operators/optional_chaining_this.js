// expect: [10, 10]
const o = { v: 10, get() { return this.v; } };
return [o?.get(), o.get?.()];
