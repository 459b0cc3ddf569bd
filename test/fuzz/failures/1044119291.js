// Kitwork fuzz failure, program seed 1044119291
// reason: host crash (VM threw a non-guest error)
// V8: ok [undefined,1,true,4,"string",16]
// VM: crash: TypeError: Cannot set properties of undefined (setting '2')
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
// replay: node --import tsx test/fuzz/run.ts --replay 1044119291

let x1 = ({ x: (5 ** 0), 2: (+[6, 5e-324, (-1e3), 1e-7, 2.5]) });
let w2 = 0;
while (w2 < 1) {
  w2++;
  let caught3 = null;
  try {
    let s4 = "😀x".slice();
    if (Number.isInteger(1)) throw "Hi there";
  } catch (e5) {
    caught3 = typeof e5?.message === "string" && e5.message.slice(0, 2) === "u:" ? e5.name + "/" + e5.message : (e5?.name ?? e5);
    const n6 = Math.round([...[], ...[(-3), 8, 6, 0b101, 10]].indexOf(Math.round((-2))));
  }
}
x1 = `${(3 / ['hello', "😀x", "MiXeD", 'single'])}`.slice(0, 48);
var b7 = ('ÅÉü'.repeat(3) !== null);
const f8 = function (p9 = (-0), p10 = 0) {
  let sa11 = ["\u0041\x42"];
  return ((typeof ["-7", "-7", "a"]) + `$${x1}$${b7}$${1000} end`).slice(0, 48);
};
const n12 = 4;
const s13 = (typeof ((b7 || b7) ? JSON.stringify([(-8), 255], null, 0) : ('single'[0] ?? "1e3"))).slice(0, 48);
for (const it14 of s13) {
  x1 = x1?.p;
  let x15 = x1;
}
if (b7) {
  const memo16 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })((w2 ** (-1)));
  for (let it17 of Object.keys(({ x: 7, a: 4, k1: (0 / 0) }))) {
    const s18 = "a";
    for (let i19 = 0; i19 < 5; ++i19) {
      let o20 = (false ? ({ 2: 4294967295, z_: 6 }) : ({ b: 1e21, k1: 2, 2: 1e21 }));
    }
  }
} else if ((!1)) {
  if ((false || (["MiXeD", 'Hi there', "ÅÉü"] === []))) {
    const a21 = [2147483647, 1, (-1000), (0 / 0), 9, (0 / 0)].concat([0, (-0.2), (-7), (-0), (-31), 3]).slice(0, 16);
    b7 ??= true;
  }
  const s22 = [2, 4].join("-").slice(0, 48);
}
return [x1, w2, b7, n12, s13, (n12 ** 2)];
