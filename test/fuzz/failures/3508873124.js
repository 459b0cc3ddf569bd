// Kitwork fuzz failure, program seed 3508873124
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:HELLO
// VM: throw <value>: Error: u:HELLO
// replay: node --import tsx test/fuzz/run.ts --replay 3508873124

let { x: n1, a: n2 } = ({});
if (Number.isInteger([0, 4, 1.5e300].reduce((acc3, x4) => acc3 - x4, 2))) {
  const adder5 = (k) => (v) => v + k;
  const add6 = adder5(Math.min(1e3));
} else if ((!false)) {
  n2 ??= n1?.[0];
}
function f7(p8, p9, p10) {
  n2 = null;
  return p8.toUpperCase().indexOf((false ? "a" : p8));
}
n1 = n2;
n2 = ({ p: [], q: { r: (9 === 8) } });
n2 = n2?.length;
function rec11(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec11(n - 1) + rec11(n - 2);
}
if ((0.2 !== 1.5e300)) throw new Error("u:" + "hello".toUpperCase());
const s12 = JSON.stringify([n2]).slice(0, 48);
for (var i13 = 0; i13 < 18; i13 += 3) {
  const x14 = undefined;
}
return [n1, n2, s12, i13];
