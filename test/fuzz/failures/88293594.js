// Kitwork fuzz failure, program seed 88293594
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:Å, É, ü
// VM: throw <value>: Error: u:Å, É, ü
// replay: node --import tsx test/fuzz/run.ts --replay 88293594

const adder1 = (k) => (v) => v - k;
const add2 = adder1(Math.round(1e21));
for (let i3 = 0; i3 < 19; ++i3) {
  const f4 = (p5 = [1, 2], p6, p7) => (false ? ({ b: 7, k1: .5 }) : ({ y: 2 }));
  for (let i8 = 0; i8 <= 15; ++i8) {
    const b9 = (`:${i3}`.length == (i8 ** 3));
    let n10 = (i8 - i8);
    if ((true && (!"abc,def"))) {
      n10 &= "null".indexOf("tab\tend");
      let { a: n11, len: n12 = (-0.2), c: n13 = 6 } = ({ a: 0, 0: 4 });
    } else {
      var n14 = i3;
      n14 = Math.min(n10, 3);
    }
  }
  const { a: n15 = 6 } = ({ "len": 16, x: i3, 2: i3, y: (-5e-324) });
}
for (let i16 = 0; i16 < 8; ++i16) {
  if (((+({})) <= (i16 % i16))) {
    for (let i17 = 0; i17 < 6; i17 += 2) {
      const n18 = (-i17);
      let o19 = ({ y: n18 });
    }
  }
}
if ((8 != ["a b c", 'zz', "😀x", "hello"])) throw new Error("u:" + "ÅÉü".split("").join(", "));
add2((255 ** 2));
return ["3.5".split("").join(", ")];
