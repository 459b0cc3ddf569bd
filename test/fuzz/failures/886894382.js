// Kitwork fuzz failure, program seed 886894382
// reason: host crash (VM threw a non-guest error)
// V8: ok ["[object Object]",["a"],"",100,2,undefined,8]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'p')
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
// replay: node --import tsx test/fuzz/run.ts --replay 886894382

const x1 = `${({ p: (({ "b": 3, a: (-2147483647) }) * ({})), q: { r: 8 } })}`.slice(0, 48);
const sa2 = 'a'.toLowerCase().split("-");
const s3 = '';
const { c: n4 = 100, b: n5 = 2, x: n6 } = ({});
let n7 = (true + (n6 ?? 6));
++n7;
for (const it8 of sa2) {
  const o9 = ({ b: 4, len: 9, "x": (-123.456) });
}
const u10 = x1.p;
return [x1, sa2, s3, n4, n5, n6, n7];
