// Kitwork fuzz failure, program seed 1086153536
// reason: V8 returned, VM threw
// V8: ok [[10,2,0,Infinity,4,255],[10,2,0,Infinity,4,255],11,"2","c",["x"],[0.2,5],11,"2"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1086153536

const a1 = [10, 2, 0, Math.min(), [(-0b101), (0 / 0), 9, (-2.5)].length, 0xff];
const a2 = a1;
function f3() {
  if (true) {
    if (a2.length < 20) a2.push(Math.abs(.5), (10 * 16));
  } else {
    if ((!({ x: 3, 10: 8, c: 9007199254740993, k1: 10 }))) {
      const n4 = (-(5e-324 | (4294967296 >>> 4)));
    } else {
      const [n5 = (-.5), n6 = 2147483648, n7 = 16] = [...a1].filter((x8) => x8 === x8).sort((x8, y9) => y9 - x8);
    }
  }
  return ((0 / 0) & ((-0o17) / 3));
}
let w10 = 0;
while (w10 < 11) {
  w10++;
  if (('' > ("\u0041\x42" + 1))) {
    if (a2.length < 40) a2.push(Math.min(), (2147483648 - (-2147483648)));
    if (a2.length < 64) a2.push('x,y,z'.length);
    var n11 = Math.trunc(f3());
  } else {
    if ("  pad  ".split(", ").includes(("\u0041\x42" + []))) {
      let [, n12, n13, ...a14] = [(0 / 0), 9, (-255), (0 / 0)].map(p15 => p15);
      const s16 = JSON.stringify(true).slice(0, 48);
    }
    const o17 = ({ y: 0.2, len: (4 ^ 5) });
  }
  if (a2.filter((x18) => x18 === x18).sort((x18, y19) => x18 - y19).includes((+({})))) {
    if ((['single', '0'] > 1)) {
      let n20 = ((![(-0.1), (-1 / 0), 3, (1 / 0), (-5), 255]) ? (8 - (0 / 0)) : (0b101 - 1));
    }
    for (const it21 of Object.keys(({ ...({}), z_: 0xff }))) {
      let b22 = (!it21.charAt(2));
    }
  } else if ([1, 1, 9007199254740991, (-0.2)].includes(0o17)) {
    const s23 = ` ${((-2147483647) * 5)}-${(false ? [8, 0xff, (-0o17), 20, 1.5e300] : [(-256), 7, 10, 6, (-100), (-5e-324)])}a${(false ? "Hi there" : "MiXeD")} end`.slice(0, 48);
    if ((typeof ({}) === "string")) {
      let s24 = (s23.padEnd(10, "") + (typeof ({}))).slice(0, 48);
    }
  }
}
if ((true && true)) {
  if (("b" <= "hello")) {
    let sa25 = ["", "  pad  ", "\u0041\x42"];
  }
  const s26 = "a-b-c";
} else if ((1 >= "s")) {
  if (a1.length < 8) a1.push(Math.max(w10, 2, w10), (~w10));
}
let [s27 = "3.5", s28, ...sa29] = Object.keys(({ "c": 2, "2": (-10), x: 8 }));
var a30 = [5, 0.2].filter((x31) => x31 === x31).sort((x31, y32) => x31 - y32);
return [a1, a2, w10, s27, s28, sa29, a30, Math.ceil(w10), s27.padEnd(4, "")];
