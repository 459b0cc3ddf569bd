// Kitwork fuzz failure, program seed 24168734
// reason: different results
// V8: ok ["caught","caught",-1,13,NaN,2]
// VM: ok ["caught","caught",-1,"-5e-324,-9007199254740991,3",NaN,2]
// replay: node --import tsx test/fuzz/run.ts --replay 24168734

for (let i1 = 0; i1 < 2; i1 += 3) {
  const n2 = ((true + 8) >>> (i1 / i1));
  let b3 = (!["a-b-c", "a", "Hi there", "1e3"].concat(["a-b-c", 'a']));
}
let caught4 = null;
try {
  let o5 = ({ 0: ((-4) ** 0.5), a: 4 });
  o5 = o5;
  if ((Math.min((-3.75), 5, (-9007199254740991)) < Math.sqrt(4))) throw new TypeError("u:range");
} catch {
  caught4 = "caught";
}
if ((true || true)) {
  const n6 = Math.trunc((-0));
  for (var i7 = 0; i7 < 10; i7 += 3) {
    switch ("".indexOf("true")) {
      case 0:
        break;
      default:
        break;
      case (0 / 0):
        let [n8] = [(0 / 0), 9, 6, 6, (1 / 0), 8].filter((p9) => true);
        break;
      case (-1):
        const s10 = 'Hi there';
        break;
    }
    let x11 = (true ? [4294967296, 2147483647] : undefined);
    x11 = (+"hello");
  }
  let n12 = (undefined ?? (-3.75));
}
const x13 = caught4;
const n14 = [(0 / 0), 0xff, (-1000), 0.2].indexOf(9007199254740993);
for (var i15 = 0; i15 < 13; ++i15) {
  const adder16 = (k) => (v) => v + k;
  const add17 = adder16((-i15));
}
const f18 = (p19) => {
  p19 *= 6;
  for (let i20 = 0; i20 <= 17; i20++) {
    p19 <<= ["MiXeD", "back\\slash"].length;
    if ((2 != (x13 ?? ({ "c": 9007199254740991, "a": (-31) })))) {
      if (false) break;
    }
    switch (Math.sign(i20)) {
      case 0:
        const n21 = i15;
        break;
      default:
        const o22 = ({ ...({ "x": 4, a: 9, z_: i15 }), z_: i20 });
        let [s23, ...sa24] = Object.keys(o22);
        break;
      case 10:
        break;
      case (0 / 0):
      case 3:
    }
  }
  return (-[(-0.5), 0.5].reduce((acc25, x26) => acc25 + x26, 2));
};
return [caught4, x13, n14, i15, (+[(-5e-324), (-9007199254740991), 3]), (2 >>> (-4294967296))];
