// Kitwork fuzz failure, program seed 487248376
// reason: V8 returned, VM threw
// V8: ok [256,undefined,{"2":3,"k1":-0.5,"b":1,"a":-9007199254740992},3,-1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 487248376

const { b: n1, a: n2 } = ({ b: 256, k1: 3 });
let o3 = ({ k1: (-.5), b: 1, a: (-9007199254740993), 2: 3 });
let w4 = 0;
while (w4 < 3) {
  w4 += 1;
  let sa5 = ['1e3', "  pad  ", "ÅÉü", ""];
  sa5.pop();
  for (let i6 = 0; i6 <= 15; ++i6) {
    delete o3.x;
    if (sa5.filter(p7 => false).includes("0".split("|").join(","))) {
      let sa8 = sa5.filter(p9 => true).concat(["12", "1e3", "a-b-c", "zz"].filter((p10) => false)).filter((p11) => ((1 <= 32) && ("s" != false))).slice(0, 16);
      sa8 = sa5.slice().sort((x12, y13) => x12.length - y13.length);
    } else {
      if ((false || true)) break;
      if (sa5.includes("3.5")) break;
    }
  }
}
const f14 = (p15) => {
  let [s16 = 'single', s17, s18 = "ab"] = ["12", "1e3", "ÅÉü"].slice().sort();
  for (let i21 = 0; i21 < 2; i21 += 3) {
    if ((!(-(-1e-7)))) {
      const x22 = ({ p: n2?.[0], q: { r: "back\\slash".split("|") } });
    } else {
      const a23 = [7, (0 / 0)];
    }
    if ((![(0 / 0)])) return ({ 10: 7, k1: (-1.5e300), ...o3 });
  }
  switch (s18) {
    case "": {
      break;
    }
    case "x,y,z":
      ++p15;
      break;
    case "a": {
      break;
    }
    case "0": {
      const s24 = ("3.5" + "ÅÉü").slice(0, 48);
      let w25 = 0;
      while (w25 < 14) {
        w25 += 1;
        s17 = o3?.b;
      }
      break;
    }
    default:
  }
  return o3;
};
const n26 = [8, 2].map((p27, i28) => i28).concat([0, 123.456, 10, (-2.5), 0b101, 6].slice(3)).indexOf(((+[0o17, 3, (0 / 0), 31, (0 / 0)]) / ["ÅÉü", 'hello', "b", "hello"].length));
var a29 = [4].map((x30) => `${x30}`).map((q31) => q31.length).concat(((n26 & n26) + 4294967296)).slice(0, 16);
let o32 = o3;
return [n1, n2, o3, w4, n26];
