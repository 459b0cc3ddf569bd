// Kitwork fuzz failure, program seed 2175031898
// reason: V8 returned, VM threw
// V8: ok [true,"a b c b ca b c b c",false,255]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2175031898

const b1 = [...[10, 256, (-4), (0 / 0), (-2147483648), (-0o17)], ...[3.75, 10, 0, 0, 5, (-0)]].includes("a b c".length);
var s2 = "a b c".split("|").join(", ");
for (let i3 = 18; i3 > 0; i3--) {
  let [n4, n5, n6 = (-42)] = [i3, 1.5e300, i3, 4, (-0xff)];
}
const f7 = function () {
  const b8 = [((-2.5) & 2), 2.5].includes(((+[(-4), 2, 2147483647, (1 / 0), 16, (0 / 0)]) + Math.abs((-9007199254740991))));
  let caught9 = null;
  try {
    if (((-1e3) > [2, 5, 1].length)) return s2.padEnd(10, "0");
    let sa10 = ["0", '  pad  '].filter((p11) => b1);
    if (b8) throw new Error("u:" + ('ÅÉü' + s2));
  } catch (e12) {
    caught9 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
  }
  return s2;
};
s2 = (s2 + s2.slice((-4))).slice(0, 48);
var b13 = (((-0) > 10) && s2.includes(s2));
if ((!"tab\tend".startsWith(s2))) {
  const o14 = (true ? ({ 0: 4294967296 }) : ({}));
  let w15 = 0;
  while (w15 < 11) {
    w15++;
    let a16 = [(-0.2), 3, (-3.75)].filter((x17) => x17 === x17).sort((x17, y18) => x17 - y18);
  }
  for (let i19 = 14; i19 > 0; i19--) {
    for (let i20 = 0; i20 < 3; i20 += 3) {
      const s21 = (b1 ? s2 : `$${Object.keys(o14)} ${[7]}!`).slice(0, 48);
      var s22 = (true ? "null" : s2).toUpperCase();
      var a23 = [];
    }
    var n24 = Math.ceil(((6 <= w15) ? s2.length : i19));
    n24 = i19;
  }
}
s2 = (s2 + f7()).slice(-48);
b13 ||= (JSON.stringify(['a', "zz", "3.5", "tab\tend", "3.5"]) == f7());
switch ([].join(",")) {
  case "hello":
    let n25 = (true ? (2.5 & ["Hi there", 'x,y,z', "null", "😀x"].length) : ((4 ** 1) - (2 + (-1e3))));
    let sa26 = f7().split("-").slice(0, 16);
    break;
  case "ab": {
    for (const [k28, v29] of Object.entries(({ ...({ len: (-255), x: 8 }), ...({ b: 9007199254740993, a: 0, "c": 1_000, 0: (-0b101) }) }))) {
      for (const [k31, v32] of Object.entries(({ ...({ b: 5, y: 9 }), ...({ k1: (-1_000), c: 9 }) }))) {
        f7();
        const s33 = `$${(null ?? v32)}-${(false ?? [(0 / 0), 6, 6, 1])}x=${b1} end`.slice(0, 48);
      }
      let caught34 = null;
      try {
        b13 = ((9007199254740991 & v29) == 1.5);
        let n35 = (~[20, (-0), 8, (-65535)].filter(p38 => false).reduce((acc36, x37) => acc36 - x37, 2));
        if ((v29 == ({ 2: 42 }))) throw new RangeError("u:bad");
      } catch (e39) {
        caught34 = typeof e39?.message === "string" && e39.message.slice(0, 2) === "u:" ? e39.name + "/" + e39.message : (e39?.name ?? e39);
      } finally {
      }
    }
    break;
  }
  default:
}
return [b1, s2, b13, Math.trunc(0xff)];
