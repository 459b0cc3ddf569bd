// Kitwork fuzz failure, program seed 3241272004
// reason: different results
// V8: ok [{"c":1,"a":NaN},9,124.456,-0,NaN,255]
// VM: ok [{"c":1,"a":NaN},9,124.456,"0,255,5,-15,0.1,5",NaN,255]
// replay: node --import tsx test/fuzz/run.ts --replay 3241272004

let o1 = ({ len: (-7), b: (-1), a: 5 });
const a2 = [9007199254740991, ...[3], ...[4, 2, 5e-324, (-1e21)]].concat(["x,y,z", "q\"uote", "tab\tend", "a-b-c"].length).slice(0, 16);
let [s3 = "back\\slash", ...sa4] = ["x,y,z", "true", "null", 'null'].map(p5 => p5);
var x6 = ({ p: a2.filter((p7) => false), q: { r: (-(-3)) } });
const o8 = ({ "c": 1 });
o8.a ??= Math.round((0 / 0));
let [n9, n10 = 123.456, n11 = (-0), ...a12] = [(0 / 0), 9].slice((-1));
++n10;
let x13 = null;
function rec14(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec14(s, n - 1);
}
if (1 < a2.length) a2[1] *= (n11 / 4);
if (a12.length - 1 < a12.length) a12[a12.length - 1] += (true ? n10 : (0 / 0));
return [o8, n9, n10, n11, (+[0, 0xff, 5, (-0o17), 0.1, 5]), Math.abs((-0xff))];
