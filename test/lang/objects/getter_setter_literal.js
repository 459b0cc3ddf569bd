// expect: [6, 10, 5]
const o = {
  _v: 3,
  get double() { return this._v * 2; },
  set value(n) { this._v = n; },
};
const a = o.double;
o.value = 5;
return [a, o.double, o._v];
