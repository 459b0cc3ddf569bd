// expect: 5
const o = { v: 5, m() { return this.v; } };
return o["m"]();
