// Kitwork fuzz failure, program seed 1787819999
// reason: host crash (VM threw a non-guest error)
// V8: ok [12]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'len')
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
// replay: node --import tsx test/fuzz/run.ts --replay 1787819999

let w1 = 0;
do {
  w1++;
  const x2 = ([] && ({ len: (+[]), 0: (-3.75) }));
  let caught3 = null;
  try {
    let a4 = [(-0.1), 1e3, (1 / 0), 5].filter((x5) => x5 === x5).sort((x5, y6) => x5 - y6);
    if ((typeof (false ? 5 : undefined) === "string")) throw "tab\tend";
  } catch (e7) {
    caught3 = typeof e7?.message === "string" && e7.message.slice(0, 2) === "u:" ? e7.name + "/" + e7.message : (e7?.name ?? e7);
  }
  const sa8 = Object.keys(({ 2: 1.5, x: (-5e-324), k1: (-1 / 0), 0: 10 })).concat(["tab\tend", "a"].slice(0)).slice(0, 16);
} while (w1 < 12);
if ((w1 == 0o17)) {
  const adder9 = (k) => (v) => v * k;
  const add10 = adder9(Math.abs(w1));
} else if (((w1 > (-3.75)) && (typeof 0 === "number"))) {
  let s11 = [6, 3.75, 4, 6].join().slice(0, 48);
} else {
  if ((false || false)) {
    if ((w1 == ['single', "hello", "hello", "12"])) {
      let { b: n12, x: n13 = (-31), ...o14 } = ({ ...({ "y": 1000 }), ...({}) });
      let o15 = o14;
    } else if ((0 >= (w1 % w1))) {
      const a16 = [6, 7, (0 / 0), 16].filter((x17) => x17 === x17).sort((x17, y18) => x17 - y18);
    } else {
      let s19 = "12".toUpperCase();
      s19 = JSON.stringify([""]).slice(0, 48);
    }
  } else if ((w1 != w1)) {
    let s20 = `a${(["a-b-c", "hello", ""] + (w1 << 9))}${Math.sqrt((w1 / 65535))}${(0 / 0)}!`.slice(0, 48);
  }
}
for (const it21 of "Hi there".split("-")) {
  const fs22 = [];
  for (var i23 = 0; i23 < 3; i23++) {
    fs22.push((v) => v - i23);
  }
}
for (let i24 = 0; i24 <= 9; i24 += 1) {
  for (let i25 = 19; i25 > 0; i25--) {
    for (let i26 = 0; i26 < 1; ++i26) {
      const s27 = ''.toUpperCase();
    }
    if ((i24 + "3.5").startsWith("  pad  ".toUpperCase())) {
      const b28 = ((i24 - Math.round(1e-7)) == 9);
      const n29 = ((i24 * (-3.75)) + (Number.isInteger(i25) ? 1 : 0));
      const [s30 = "  pad  "] = ["a b c", "zz", "x,y,z"].map(p31 => p31);
    } else {
      const s32 = JSON.stringify(['single']).slice(0, 48);
      let x33 = [(-.5), (i24 * 0), 3, Number(s32)];
    }
    let n34 = ["0"].map((q35) => q35.length).indexOf((i24 & i25));
  }
}
return [w1];
