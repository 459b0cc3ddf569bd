// Kitwork fuzz failure, program seed 1555460261
// reason: V8 returned, VM threw
// V8: ok [4,[],4]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1555460261

let w1 = 0;
do {
  w1++;
  let o2 = ({ 2: (((-5e-324) !== 7) + (-8)), "y": 5, len: ((true ? (-1 / 0) : 2) * Math.floor(7)), k1: 1e21 });
} while (w1 < 4);
let sa3 = Array.from({ length: 5 }, (_, i5) => i5 * (-100)).map((x4) => x4 + "");
for (var i6 = 19; i6 > 0; i6--) {
  for (let i7 = 0; i7 <= 17; ++i7) {
    const n8 = sa3.map((q11) => q11.length).reduce((acc9, x10) => acc9 + x10, 0);
  }
  sa3.pop();
}
function rec12(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec12(n - 1) + rec12(n - 2);
}
sa3 ||= JSON.stringify("a").split("").slice(0, 16);
let w13 = 0;
while (w13 < 4) {
  w13++;
  if ((true && true)) {
    if ("a-b-c".includes("0")) {
      let o14 = ({ ["k" + 1]: 0.2 });
      const sa15 = sa3;
      sa3 &&= [...Object.keys(o14)].sort((x16, y17) => (x16 < y17 ? 1 : x16 > y17 ? -1 : 0));
    } else {
      let n18 = ''.indexOf("\u0041\x42");
    }
    rec12([4, (1 / 0), 9007199254740991].length);
    const a19 = [i6, 6].concat((+[7])).slice(0, 16);
  }
  function f20(p21 = "x,y,z") {
    const o22 = (false ? ({}) : ({ y: (-65535), k1: p21.indexOf(p21), "c": (-9007199254740993), "x": rec12(9) }));
    return o22;
  }
}
var a23 = [...["q\"uote", "b", "3.5", 'ab', "1e3"].map((q24) => q24.length), ...[...[3, 6, 2]].filter((x25) => x25 === x25).sort((x25, y26) => y26 - x25)].filter((x27) => x27 === x27).sort((x27, y28) => x27 - y28).slice(0, 16);
const f29 = function (p30, p31) {
  let o32 = ({ ...({ b: 4294967296, len: (-0b101), 10: 7, "2": 7 }), ...({ 10: 8 }) });
  let o33 = (false ? o32 : o32);
  switch (p31) {
    case "":
      break;
  }
  if (true) {
    o32 = (a23.includes(32) ? o33 : o32);
    const o34 = o32;
  }
  return "ab";
};
var o35 = ({ ...({ c: 1 }), ...({ b: 6, a: (0 / 0), c: (-0), z_: 10 }) });
let a36 = [(((-9007199254740993) - 7) / [256, 1.5e300, (-1 / 0), 7, (-4294967296)].length)];
const n37 = (-.5);
return [w1, sa3, w13];
