// Kitwork fuzz failure, program seed 4187251025
// reason: different results
// V8: ok [17,{"2":-32,"x":1e-7},NaN,NaN,"  pad  12",true,0]
// VM: ok [17,{"2":-32,"x":1e-7},"",[],"  pad  12",true,0]
// replay: node --import tsx test/fuzz/run.ts --replay 4187251025

function rec1(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec1(s, n - 1);
}
for (var i2 = 0; i2 <= 16; ++i2) {
  for (let i3 = 0; i3 < 9; i3 += 3) {
    rec1('hello'.padStart(10, "*"), "true".length);
  }
}
var o4 = ({ "2": (-32), x: 1e-7 });
let n5 = ((+"a") + i2);
let n6 = (((({}) ?? i2) / [0, 65535]) ?? 256);
let s7 = ("  pad  " + "12").toLowerCase().slice(0, 48);
const f8 = function (p9 = "\u0041\x42", p10, ...rest11) {
  p9 = rec1?.(p9, 20);
  if ((true || true)) {
    const sa12 = p9.split(",").map(p13 => JSON.stringify([[]]).slice().slice(0, 48)).slice(0, 16);
    const n14 = (n5++);
    const o15 = o4;
  } else {
    const [s16 = "", ...sa17] = ["ab", "b", "a"].map((p18) => "ÅÉü");
  }
  let a19 = rest11.map(p20 => 2);
  try {
    return "a".split(", ");
  } finally {
    const b21 = true;
  }
};
if (((true ? o4 : o4) > (-10))) {
  const a22 = [(-42), n6, 7, (-2147483647), i2];
  const a23 = Object.values(o4).concat(rec1(s7, n5).length).slice(0, 16);
  let a24 = ["a-b-c", "", "x,y,z", "a", "a-b-c"].map((q25) => q25.length).map((p26) => (true + 0.1));
} else if ((("" <= "abc,def") && [2, 3.75, 2, 1.5, (-0b101), (-1)].includes(n6))) {
  const o27 = ({ len: i2, a: i2, y: 8, c: 7 });
} else {
  [n6, n5] = [n5, n6];
}
var b28 = (rec1("12", 1e21) != ((-16) * n5));
return [i2, o4, n5, n6, s7, b28, (+[])];
