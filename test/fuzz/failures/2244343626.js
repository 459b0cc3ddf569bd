// Kitwork fuzz failure, program seed 2244343626
// reason: host crash (VM threw a non-guest error)
// V8: ok [null,-58.8,"3.5-42",false]
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
// replay: node --import tsx test/fuzz/run.ts --replay 2244343626

if ((false || true)) {
  for (const it1 of Object.keys((false ? ({ "k1": 5, "z_": (-2), c: 123.456, a: 4 }) : ({ k1: 1_000 })))) {
    let n2 = (it1.indexOf('ab') - (false ? (-1e-7) : (1 / 0)));
    const o3 = ({ ...({ b: n2, 0: 2, c: (-0xff) }), ...({ ["c"]: (-20) }) });
    let x4 = ([] ?? []);
  }
  for (let i5 = 0; i5 < 9; ++i5) {
    const n6 = (10 << i5);
    if (((4 != n6) || (n6 == 3))) {
      let { b: n7 = 0o17, c: n8 = (-5), len: n9 = 7, ...o10 } = ({ ...({ 10: 4, "z_": (-8), "2": 255, len: 5 }), ...({ "c": (-20), len: 5, x: 2, y: 1 }) });
      var a11 = Array.from({ length: 4 }, (_, i12) => i12 * (-1 / 0)).filter(p13 => (typeof false === "object"));
      n9 %= (-4);
    }
    for (let i14 = 0; i14 < 11; i14 += 2) {
      if ((typeof null === "number")) continue;
      let n15 = "back\\slash".split(" ").join("|").indexOf(JSON.stringify(false, null, 2));
      var b16 = ([...[4294967295, 8, 9007199254740993, 1]].filter((x17) => x17 === x17).sort((x17, y18) => y18 - x17).includes((-i5)) || (`$${['a-b-c', "b", 'Hi there', "", '  pad  ']}!` <= JSON.stringify(({ 10: 32, "x": (-0), len: 4294967295 }))));
    }
  }
}
let caught19 = null;
try {
  const sa20 = Object.keys(({ b: 2147483647, a: 2.5, y: 2 }));
  let o21 = ({ ...({ z_: 8, y: (+[1.5e300, (-7), (-1 / 0), 0, 1]), a: Math.min(0.2, (-0xff)), c: "true".indexOf("Hi there") }), x: Math.sqrt((false ? 8 : (-20))) });
  let n22 = JSON.stringify(true).indexOf(`$${'null'} end`);
} catch (e23) {
  caught19 = typeof e23?.message === "string" && e23.message.slice(0, 2) === "u:" ? e23.name + "/" + e23.message : (e23?.name ?? e23);
}
for (const it24 of ["\u0041\x42", '-7', 'ÅÉü', 'ab', '0'].map((p25) => "hello")) {
  const sa26 = Object.keys(({}));
  for (let i27 = 10; i27 > 0; i27--) {
    let o28 = ({ k1: 0.1, a: 20, i27 });
    o28 = ({ ...o28, a: (-0) });
  }
}
const n29 = [2, 9, (-0.2), 42, 6].reduce((acc30, x31) => acc30 - x31, 0);
for (let i32 = 0; i32 < 4; i32++) {
  for (const it33 of [9]) {
    let s34 = (["a", 'Hi there', "x,y,z", "zz"].includes("line\nbreak") ? ("x,y,z" + caught19) : "a").slice(0, 48);
    let s36 = 'a b c';
  }
}
function mk37(start, step = 1) {
  let c38 = start;
  return () => {
    c38 += step;
    return c38;
  };
}
const ctr39 = mk37(3, 7);
return [caught19, n29, ("3.5" + (-42)), ["x,y,z", "\u0041\x42", "-7", 'single'].includes("hello")];
