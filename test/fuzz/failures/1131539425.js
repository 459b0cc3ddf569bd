// Kitwork fuzz failure, program seed 1131539425
// reason: host crash (VM threw a non-guest error)
// V8: ok [-4,"Hi there",NaN,null,[0,5,0,2,2],-2,1]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'x')
//         at Interpreter.run (/work/main/src/vm/interpreter.ts:763:48)
//         at Interpreter.loop (/work/main/src/vm/interpreter.ts:473:21)
//         at Interpreter.execute (/work/main/src/vm/interpreter.ts:139:16)
//         at <anonymous> (/work/main/src/runtime/runtime.ts:77:52)
//         at Runtime.settle (/work/main/src/runtime/runtime.ts:84:11)
//         at Runtime.run (/work/main/src/runtime/runtime.ts:77:17)
//         at Runtime.runToEnd (/work/main/src/runtime/runtime.ts:115:20)
//         at Object.evaluate (/work/main/src/runtime/runtime.ts:168:33)
//         at <anonymous> (/work/main/test/fuzz/harness.ts:169:31)
//         at runVm (/work/main/test/fuzz/harness.ts:178:3)
// replay: node --import tsx test/fuzz/run.ts --replay 1131539425

var n1 = ([7, ...[0, 6, (-31), 2], ...[(-0), 0b101, 0, (0 / 0), 7, (-1000)]].reduce((acc2, x3) => acc2 - x3, 0) / 2.5);
const [s4 = "-7", ...sa5] = [...["Hi there"]].sort((x6, y7) => (x6 < y7 ? 1 : x6 > y7 ? -1 : 0));
let n8 = (1 * n1);
let caught9 = null;
try {
  n1 &= Math.max(n1, n1, 1);
  if ([8, 0, 8, 3, (-0.5)].includes(2)) throw (n1 - 2);
} catch (e10) {
  caught9 = typeof e10?.message === "string" && e10.message.slice(0, 2) === "u:" ? e10.name + "/" + e10.message : (e10?.name ?? e10);
  for (let i11 = 20; i11 > 0; i11--) {
    const s12 = "x,y,z";
    switch ((n8 * n1)) {
      case 10:
        let n13 = i11;
        let sa14 = "true".split(", ");
    }
  }
} finally {
  for (const it15 of [1000, 6, (-123.456), (-0o17)]) {
    var s16 = s4.charAt(3).toUpperCase();
    const n17 = n8;
    --n1;
  }
  if ((Math.min() > (Number.isInteger(7) ? 1 : 0))) {
    for (const it18 of [9, 7, (-3), (-0)].join(",")) {
      const o19 = ({ len: (-0b101), "0": 7, x: (n8 -= (({}) ?? n8)), 2: 5 });
      const n20 = n1;
      const o21 = o19;
    }
  } else if ((n8 !== n1)) {
    for (let i22 = 0; i22 < 9; i22 += 2) {
      let n23 = (i22 ** 0);
      let b24 = ([] <= 1);
      n1 &&= [(-123.456), (0 / 0)].filter((p27) => b24).reduce((acc25, x26) => acc25 - x26, 2);
    }
    switch ((9 % n1)) {
      case "1": {
      }
      case 1:
        break;
      case 10: {
        break;
      }
      case (-1):
        break;
    }
  }
}
for (let i28 = 0; i28 < 19; ++i28) {
  let a29 = [(-0b101)];
  let a30 = [8, (-n1), s4.length, (-n8), 8].filter(p31 => false);
}
var a32 = [0, ...[7, 8, 5, (0 / 0), 9].filter((p33) => false), ...['a b c', "", "\u0041\x42", "\u0041\x42"].map((q34) => q34.length)].slice(0, 16);
const x35 = [n8];
return [n1, s4, n8, caught9, a32, (null ?? (-2)), (1 % 7)];
