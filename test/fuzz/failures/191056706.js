// Kitwork fuzz failure, program seed 191056706
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:q"uote
// VM: throw <value>: Error: u:q"uote
// replay: node --import tsx test/fuzz/run.ts --replay 191056706

switch ((Number.isInteger(10) ? 1 : 0)) {
  default: {
    break;
  }
  case 2:
    function f1(p2, p3, ...rest4) {
      for (const it5 of rest4) {
        if (p2.length - 1 < p2.length) p2[p2.length - 1] = (p3 / 3);
        if (((1 || rest4) !== undefined)) break;
      }
      p3 = (p3--);
      if (((!["x,y,z"]) || ["1e3", "x,y,z", "b", "3.5", "ÅÉü"].includes(""))) return Math.min(p3);
      for (const it6 of [2, .5, 0xff, (-100), 4, 6].map((x7) => x7 + "")) {
        switch ((rest4[1] ?? 0)) {
          case (-0):
            break;
        }
      }
      return "zz".indexOf("  pad  ");
    }
    f1((true ? [(0 / 0), 1.5] : [3, 1.5e300, 16]), "a".indexOf("MiXeD"));
    break;
}
const a8 = [9007199254740993, 5, 2].filter((p9) => true).map(p10 => (false ? p10 : p10)).filter(p11 => ((!true) && (9 > p11)));
let { c: n12, len: n13 = 1.5e300 } = ({ 0: 2, x: (-7), ["c"]: (0 / 0) });
let a14 = [42, (0 / 0)].map(p15 => p15);
if (("zz".trim() != `x=${.5}\n${undefined} ${a14}!`)) throw new Error("u:" + "q\"uote");
function f16(p17 = [1, 2], p18 = [1, 2]) {
  for (let it19 of Object.keys(({ "k1": 0o17, len: (-1 / 0), n13 }))) {
    let a20 = [10, 7, 5, 20, (n13 * n13), (-1 / 0)];
    const n21 = n13;
  }
  return true;
}
function rec22(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec23(n - 1);
}
function rec23(n) {
  return n > 0 ? rec22(n - 1) : false;
}
var n24 = (-1_000);
let [s25 = 'hello', s26] = a14.map((x27) => x27 + "");
return [a8, n12, n13, a14, n24, s25, s26];
