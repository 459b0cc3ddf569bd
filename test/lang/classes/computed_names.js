// expect: [0, 1, "s", "function", ["dyn1"], 2, 7]
const k = "dyn";
let n = 0;
class A {
  [k + 1] = n++;
  static [k] = "s";
  [`m${n}`]() { return 1; }
  static #count = 2;
  static get [`c${k}`]() { return A.#count; }
  static get #p() { return 7; }
  static set #p(v) {}
  static p() { return A.#p; }
}
const a = new A();
const b = new A();
return [a.dyn1, b.dyn1, A.dyn, typeof a.m0, Object.keys(a), A.cdyn, A.p()];
