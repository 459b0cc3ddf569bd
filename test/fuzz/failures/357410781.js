// Kitwork fuzz failure, program seed 357410781
// reason: host crash (VM threw a non-guest error)
// V8: ok [9,[-1e-7],{"0":10},"a-b-c-0.51e3",["  pad  ","x,y,z","x,y,z"],false]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'r')
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
// replay: node --import tsx test/fuzz/run.ts --replay 357410781

let n1 = (-Math.round((true + (-10))));
const a2 = [2].map(p3 => (-1e-7)).filter((x4) => x4 === x4).sort((x4, y5) => x4 - y5);
for (let i6 = 8; i6 > 0; i6--) {
  const [n7] = a2;
}
let o8 = (false ? ({}) : ({ 0: 10 }));
var s9 = ("a-b-c" + (null ?? (-.5))).slice(0, 48);
var sa10 = ["x,y,z", 'x,y,z', "  pad  "].slice().sort();
const f13 = function (p14) {
  if ((s9 >= s9)) {
    sa10 = sa10.map((p15) => s9).concat(sa10).slice(0, 16);
    var n16 = (-Math.sqrt((1 ?? (-1e3))));
  }
  sa10 ??= [];
  var n17 = ["ÅÉü", "3.5", "b", "ab"].slice((-1)).length;
  return a2;
};
s9 = (s9 + "1e3").slice(0, 48);
let b18 = (typeof ({ p: s9, q: { r: (s9 / o8) } }) === "boolean");
return [n1, a2, o8, s9, sa10, b18];
