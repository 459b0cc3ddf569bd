// Kitwork fuzz failure, program seed 3469975240
// reason: different results
// V8: ok [undefined,[24,5,7,-1e+21,NaN],256,768]
// VM: ok [undefined,[24,5,7,"256,-32,7,2.5,1",NaN],256,768]
// replay: node --import tsx test/fuzz/run.ts --replay 3469975240

const x1 = undefined;
let a2 = [6, 5, Math.min(7, 7), (false ? (-2) : (-1e21)), (+[256, (-32), 7, 2.5, 1]), 0.2];
a2.pop();
const f3 = function (p4, p5) {
  let s6 = (true ? "12" : "  pad  ").slice((-1));
  var a7 = [...a2, ...[255, 8]].concat(['3.5', "Hi there", "b"].map((q8) => q8.length)).slice(2, 0).slice(0, 16);
  let o9 = ({ y: 100, 10: (-42) });
  var n10 = ((-(1 / 0)) - (1 + p4));
  return s6.split("-");
};
let s11 = ('0'.trim().at(1) ?? "");
var n12 = (['  pad  ', 'hello', "😀x", '1e3', "abc,def"].map(p13 => "ÅÉü").length * (-(5 + (-0))));
let w14 = 0;
while (w14 < 18) {
  w14 += 1;
  const a15 = [].slice((-2), 2);
  const { a: n16 = 1, c: n17 = 10, x: n18 = (-1) } = ({ len: 10, "2": n12 });
  if (0 < a2.length) a2[0] += ["hello"].length;
}
const { c: n19, x: n20 = 256, b: n21, ...o22 } = ({ ...({ y: (-3.75) }), z_: (-3.75) });
return [x1, a2, n20, (n20 * 3)];
