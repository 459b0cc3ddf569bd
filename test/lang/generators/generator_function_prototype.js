// expect: [true, true, true, true, true, "[object GeneratorFunction]", true, "function", "GeneratorFunction", [true, true, true, true]]
function* g() {}
const GF = Object.getPrototypeOf(g);
class C { *m() {} static *s() {} }
const o = { *k() {} };
return [
  GF === Object.getPrototypeOf(function* () {}),
  GF !== Function.prototype,
  Object.getPrototypeOf(GF) === Function.prototype,
  GF.prototype === Object.getPrototypeOf(g.prototype),
  GF.prototype.constructor === GF,
  Object.prototype.toString.call(g),
  g instanceof Function,
  typeof GF.constructor,
  GF.constructor.name,
  [Object.getPrototypeOf(C.prototype.m) === GF, Object.getPrototypeOf(C.s) === GF, Object.getPrototypeOf(o.k) === GF, Object.getPrototypeOf(() => {}) === Function.prototype],
];
