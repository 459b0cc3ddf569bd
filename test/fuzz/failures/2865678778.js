// Kitwork fuzz failure, program seed 2865678778
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u: c
// VM: throw <value>: Error: u: c
// replay: node --import tsx test/fuzz/run.ts --replay 2865678778

const a1 = (([].map(p2 => 'single') === (![2147483647, 10, 8, 10])) ? [1e3, 7, 8, 1.5, 5].concat([1e3, (-2147483647), 6, 1, 9].map(p3 => p3)) : [...[9007199254740993, (-0.1), (-31), 9007199254740993, 5, (-5e-324)].slice(3, 1), ...[(-2147483647), 1, (-.5)]]).slice(0, 16);
if ((({ "0": 16, 10: 0xff }) != false)) throw new Error("u:" + 'a b c'.slice((-2), 7));
a1.pop();
switch ("3.5".slice((-1), 2)) {
  case "ab":
    let { a: n4 = 2, b: n5 } = ({ ...({}), ...({ y: 2, len: 10, x: (-4294967296) }) });
    --n4;
    break;
}
function f6() {
  const n7 = (7 ** 10);
  const n8 = (a1[4] ?? 2.5);
  for (const it9 of Object.keys(({ "c": (-0b101) }))) {
    if ([1.5e300, 1, 0].includes((-2147483648))) throw new Error("u:" + (it9 + it9));
    for (const it10 of it9.split(", ")) {
      if (a1.length < 40) a1.push((a1[0] ?? 9007199254740991));
      if (a1.length - 1 < a1.length) a1[a1.length - 1] += (+[(0 / 0), 4, 9]);
    }
  }
  const n11 = (-3.75);
  return ['Hi there', "a"].includes("12");
}
let [n12 = (-1 / 0), n13] = [...a1, ...a1];
return [a1, n12, n13, n12];
