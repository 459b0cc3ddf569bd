// Kitwork fuzz failure, program seed 177390052
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:12[object Object]
// VM: throw <value>: Error: u:12[object Object]
// replay: node --import tsx test/fuzz/run.ts --replay 177390052

function rec1(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec2(n - 1);
}
function rec2(n) {
  return n > 0 ? rec1(n - 1) : false;
}
let n3 = (-1);
if (((-256) !== n3)) throw new Error("u:" + ("12" + ({})));
function rec4(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec4(s, n - 1);
}
let a5 = [6, (n3 += (8 / n3)), (-1e3), 7, (-0)];
let sa6 = ("true" + "😀x").split("").concat(rec4("ab", n3).split(",")).slice(0, 16);
const n7 = Math.trunc(((null || [2, 123.456, 2, 10]) ?? "\u0041\x42".length));
for (let i8 = 15; i8 > 0; i8--) {
  const x9 = undefined;
  var o10 = ({ ...({ ...({ y: (-2.5), 0: (-2) }), a: i8 }), ...({ "len": 4294967295, c: (-0), ["n" + 2]: 10 }) });
}
return [n3, a5, sa6, n7, Math.ceil(n3)];
