// Kitwork fuzz failure, program seed 2303454770
// reason: host crash (VM threw a non-guest error)
// V8: ok [9,10,0,1,"ab"]
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
// replay: node --import tsx test/fuzz/run.ts --replay 2303454770

let w1 = 0;
while (w1 < 9) {
  w1++;
  const o2 = ({ "x": (+[(-0.2), 0, 7, 5, 6]), a: (-0), k1: 8, 0: Math.sqrt((-4294967295)), ["c"]: 0.1 });
}
let w3 = 0;
do {
  w3++;
  if ((!"back\\slash")) {
    const [n4 = 7, n5, ...a6] = [256, 10].map((p7) => w1);
    if (((n4 / (-0)) != ((-4) % w1))) {
      let b8 = (typeof n5 === "boolean");
      b8 = (n4 > 9);
      if (3 < a6.length) a6[3] *= (+n5);
    } else if ((!false)) {
      a6.pop();
    }
  }
} while (w3 < 10);
for (let i9 = 11; i9 > 0; i9--) {
  if ((!(false ? "1e3" : "  pad  "))) break;
  let caught10 = null;
  try {
    if ((true ? "ÅÉü" : "abc,def").includes('-7'.padStart(3, "*"))) {
      let o11 = ({ ...({ ...({ b: 4, z_: 10, k1: 7, "len": 0o17 }), b: w3 }), k1: [8, 256, 9007199254740993].indexOf(w3) });
      const s12 = (typeof "MiXeD".slice(3));
    } else {
      const sa13 = "  pad  ".split("-");
      let [, n14 = 9, n15 = (-0)] = [10, (-7), 3.75, i9, 1e-7, 9];
    }
    if (((!({ 2: 65535, a: (-100), k1: 8 })) && [2.5].includes(w1))) throw ((-0.1) | w3);
  } catch (e16) {
    caught10 = "outer";
  } finally {
    var o17 = ({ ...({ x: 10, a: i9, "z_": (-0.2) }), c: w1 });
    if (("x" in o17)) {
      var n18 = Math.min((0 / 0), w3, i9);
      const a19 = [0.1, 3, (0 / 0), (-2147483648)].map((p20) => p20);
      let o21 = ({ "c": .5, ...o17, y: (-4), len: 3 });
    }
  }
}
let n22 = [].length;
n22 **= 0.5;
const n23 = ("abc,def"[3] ?? "true").length;
const s24 = 'ab';
return [w1, w3, n22, n23, s24];
