// Kitwork fuzz failure, program seed 1490502745
// reason: V8 returned, VM threw
// V8: ok [{"0":NaN,"2":6,"10":5,"y":-2,"c":6,"x":"","k1":4294967296},"  pad  ",{"0":NaN,"2":6,"10":5,"y":-2,"c":6,"x":"","k1":4294967296},true,9,"0|null|line\nbreak|q\"uote|a",8]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1490502745

let o1 = ({ ...({ ...({ 10: 5, y: (-2), 0: (0 / 0), c: 6 }), x: ("" ?? (1 / 0)) }), k1: 4294967296 });
for (let i2 = 0; i2 < 20; i2 += 3) {
  const b3 = Number.isInteger(9);
  const { a: n4 = 5, b: n5, c: n6 } = ({ b: i2, ...o1 });
  const s7 = "1e3";
}
let s8 = (false ? "" : "  pad  ");
const o9 = o1;
const b10 = ((42 ** 0) < s8.length);
let n11 = [10, 1, (-10), 4, 1.5e300].filter(p12 => (p12 <= p12)).indexOf((((-42) / []) ?? (false ? .5 : 2147483648)));
for (let i13 = 0; i13 <= 9; i13++) {
  const { c: n14 = 4, a: n15, len: n16, ...o17 } = ({ ...o1, y: n11 });
  let caught18 = null;
  try {
    const a19 = (((n11++) < (1 ^ n11)) ? [(-2), .5, (-0), 2, 1e21].filter(p20 => true).map((p21, i22) => 7) : [0, n11, (-3.75)].filter(p23 => (!n11)));
    let caught24 = null;
    try {
      ++n11;
    } catch (e25) {
      caught24 = typeof e25?.message === "string" && e25.message.slice(0, 2) === "u:" ? e25.name + "/" + e25.message : (e25?.name ?? e25);
      let a26 = [9007199254740993, 9, (-65535), 0.1, (-5), (-0b101)].map(p27 => (-3));
    } finally {
      const { x: n28 = 6, a: n29 } = o17;
      let [s30, s31 = "line\nbreak"] = s8.split(",");
    }
    o9["2"] ??= (i13 + n14);
  } catch (e32) {
    caught18 = typeof e32?.message === "string" && e32.message.slice(0, 2) === "u:" ? e32.name + "/" + e32.message : (e32?.name ?? e32);
  }
  --n11;
}
return [o1, s8, o9, b10, n11, ["0", "null", "line\nbreak", "q\"uote", "a"].join("|"), (--n11)];
