// Kitwork fuzz failure, program seed 137478813
// reason: host crash (VM threw a non-guest error)
// V8: ok [5,"12","  pad  ","  pad    pad  ",false]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'c')
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
// replay: node --import tsx test/fuzz/run.ts --replay 137478813

const memo1 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})(Number("-7"));
for (var i2 = 0; i2 <= 4; i2++) {
  const [n3, n4 = (-20)] = [...[.5, (-1.5e300), 8, 2, 3], ...[10, 4, 7, (-3), 2147483648, 3.75]];
}
const n5 = Math.max(i2);
const n6 = ([["zz", "abc,def", "hello", "Hi there"]] ?? (null ?? 3));
let [s7, s8 = "  pad  "] = '12'.split("-");
const o9 = ({ ...({ "y": (-0), c: (i2 >>> n6) }), a: (-7) });
const n10 = (-5);
return [i2, s7, s8, ("  pad  " + s8), [(1 / 0), 2, (0 / 0)].includes(n10)];
