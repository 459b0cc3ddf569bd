// expect: 6
const calc = {
  v: 0,
  add(n) { this.v += n; return this; },
  mul(n) { this.v *= n; return this; },
};
return calc.add(1).add(2).mul(2).v;
