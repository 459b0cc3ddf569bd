// Kitwork fuzz failure, program seed 1129808860
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:
// VM: throw <value>: Error: u:
// replay: node --import tsx test/fuzz/run.ts --replay 1129808860

const n1 = '3.5'.length;
let w2 = 0;
while (w2 < 16) {
  w2 += 1;
  const adder3 = (k) => (v) => v * k;
  const add4 = adder3((n1 >>> n1));
  const sa5 = ("\u0041\x42" + 1).split(", ").slice(1).slice(0, 16);
  let n6 = ([10, 8, (-4294967296), (-4294967296), 3].filter(p9 => true).reduce((acc7, x8) => acc7 * x8, 1) / (-0o17));
}
if ((true || true)) throw new Error("u:" + "3.5".slice(4));
const { x: n10 = (1 / 0), c: n11 = 0o17, b: n12 = (-16) } = ({ ...({ len: 0, "10": (0 / 0) }), c: w2 });
if (("null".toUpperCase() != 'b'.split(",").join(" "))) {
  var s13 = (Array.isArray(({ p: ({}), q: { r: ({}) } })) ? "  pad  ".slice().split("-").join("|") : (true ? ("  pad  " + "tab\tend") : (false ? "ab" : "a-b-c"))).slice(0, 48);
}
const s14 = 'a-b-c'.slice((-3)).toUpperCase().trim();
let b15 = (false || false);
for (var i16 = 0; i16 <= 19; i16++) {
  const a17 = [7, (-0), 1_000, i16].slice().sort().filter(p20 => "a-b-c".toLowerCase().startsWith(s14));
  const f21 = (p22, p23) => `a${w2}a${b15} ${(-0.2)}!`.slice(0, 48);
}
return [n1, w2, n10, n11, b15, (s14 !== s14)];
