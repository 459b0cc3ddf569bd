// Kitwork fuzz failure, program seed 675192819
// reason: host crash (VM threw a non-guest error)
// V8: ok ["",[],{"10":0},false]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'y')
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
// replay: node --import tsx test/fuzz/run.ts --replay 675192819

const n1 = ((null ?? '') ?? (+false));
for (let i2 = 0; i2 <= 7; i2 += 1) {
  const b3 = ((!0) !== 8);
  for (const it4 of [i2, 2, 2.5]) {
    var o5 = ({ y: (+[(-2147483647), 10, (-1e21), 5, 8]), 2: (0 / 0) });
    for (var i6 = 0; i6 < 5; ++i6) {
      let n7 = ([6, 9, 2].slice().sort().reduce((acc8, x9) => acc8 + x9, 1) | 9007199254740993);
    }
    for (let i12 = 0; i12 < 6; i12++) {
      let n13 = i12;
      var x14 = [({ p: [10, (-2), 2147483647], q: { r: b3 } })];
    }
  }
  const o15 = ({ ...({ "k1": "MiXeD".indexOf("a"), z_: 2 }), k1: (Math.ceil(n1) % 9) });
}
const a16 = [];
const o17 = ({ 10: (n1 << n1) });
for (let i18 = 0; i18 <= 4; i18 += 1) {
  a16.pop();
  switch ((0 / 0)) {
    case 0: {
      const n19 = (a16.map((p20, i21) => p20).includes(8) + Math.min("Hi there".length));
      break;
    }
    case 10:
      break;
    case 1:
      o17["x"] ??= (o17.a ?? (-31));
      let o22 = ({ ...o17 });
      break;
    default: {
      let n23 = ((Math.min(42) >= (n1 - 0)) ? ((!0) ? n1 : (n1 + n1)) : Math.floor(Math.max(n1, (-0))));
      break;
    }
    case (-1): {
      var b24 = (i18 != n1);
      for (let it25 of Object.keys(o17)) {
        b24 = ((+b24) !== (-5));
        let n26 = (n1 >>> ((0 / 0) % n1));
        const a27 = a16.filter(p28 => b24).slice(2, 2);
      }
      break;
    }
  }
}
const f29 = (p30) => {
  p30 = [4294967295, 255].slice((-1), 0);
  let caught31 = null;
  try {
    p30 ||= a16;
    o17["10"] += 7;
  } catch (e32) {
    caught31 = typeof e32?.message === "string" && e32.message.slice(0, 2) === "u:" ? e32.name + "/" + e32.message : (e32?.name ?? e32);
    var n33 = n1;
  } finally {
  }
  return (0 / 0);
};
return [n1, a16, o17, ((-1e-7) == n1)];
