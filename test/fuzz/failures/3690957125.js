// Kitwork fuzz failure, program seed 3690957125
// reason: V8 returned, VM threw
// V8: ok [[0.1,-5,-9007199254740992,2,10,3,-1,2,4,-0,NaN],0,-5e-324,undefined,{"10":0,"x":9,"y":-5e-324},103,0]
// VM: throw TypeError: TypeError: Cannot read properties of undefined (reading 'includes')
// replay: node --import tsx test/fuzz/run.ts --replay 3690957125

function f1(p2 = .5, ...rest3) {
  if (rest3.includes("abc,def".indexOf('MiXeD'))) {
    const sa4 = ['ab', ""].filter((p5) => true);
  }
  return rest3.concat(p2).map((p6, i7) => [9007199254740993, 8, 255, (-0), 0xff].reduce((acc8, x9) => acc8 + x9, 2)).slice(0, 16);
}
var n10 = Math.max((0 / 0), Math.ceil(((0 / 0) * 2)), ((5 ^ 0) % [1, 7, 4, 6, 0].length));
if (["b", "ÅÉü", "\u0041\x42", 'ÅÉü'].includes((true ? "" : "  pad  "))) {
  const f11 = (p12, p13, p14 = (-1 / 0)) => "q\"uote".split(", ");
}
for (const it15 of [(-1 / 0), (-16), 0o17, 4]) {
  for (let i16 = 0; i16 < 17; i16 += 1) {
    let caught17 = null;
    try {
      let o18 = ({ ...({ y: (-42), a: 7, 2: 8, b: 1.5 }), x: (-16) });
      let a19 = [6, (-10), 6, 5, 2, (0 / 0)].slice((-3), 6).slice().sort().filter((p22) => ((-i16) <= (3 == n10)));
      if ((null !== null)) throw new RangeError("u:bad");
    } catch {
      caught17 = "caught";
    }
    let s23 = ("a".toUpperCase() + JSON.stringify(({ z_: 10, "a": 9 }))).slice(0, 48);
    let caught24 = null;
    try {
      let b25 = (true || false);
    } catch (e26) {
      caught24 = typeof e26?.message === "string" && e26.message.slice(0, 2) === "u:" ? e26.name + "/" + e26.message : (e26?.name ?? e26);
      ++n10;
    }
  }
}
let a27 = (("line\nbreak" == null) ? [10, 0o17, (-20), 0.2, (-4294967296)].slice().sort().slice((-2)) : f1()).slice(0, 16);
const n30 = Math.trunc(0);
++n10;
a27 &&= ["😀x", "3.5", "b", "12"].map((q31) => q31.length).slice(3);
const fs32 = [];
for (let i33 = 0; i33 < 5; i33++) {
  fs32.push((v) => v - i33);
}
const a34 = [(-1), ((a27[n30] ?? (-9007199254740993)) << (2 / n10)), Math.floor(["null", "0", "q\"uote", 'single'].length), (-0), (n10++)];
n10 = JSON.stringify(({ z_: 10, c: 0, x: 3.75 })).charCodeAt(3);
if (a27.length < 40) a27.push((false ? n10 : (-2147483647)), (n10 | n30));
const n35 = Math.max(...a27);
a27 &&= [0.1, (-0b101), (-9007199254740993), 2, 10, 3].concat(a34).slice(0, 16);
const { c: n36, len: n37, a: n38 = 5, ...o39 } = ({ "x": 9, 10: n30, y: (-5e-324), c: (-5e-324) });
return [a27, n30, n36, n37, o39, (n10 + 8), "abc,def".indexOf("ab")];
