// Kitwork fuzz failure, program seed 3371850521
// reason: host crash (VM threw a non-guest error)
// V8: ok [33,"true",true]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'a')
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
// replay: node --import tsx test/fuzz/run.ts --replay 3371850521

let n1 = (1.5 << 5);
switch ([(-65535), 9, (-0.1)].indexOf(256)) {
  case "1":
    ++n1;
    const b2 = [].map((q3) => q3.length).includes("true".length);
    break;
}
--n1;
let caught4 = null;
try {
  for (const [k6, v7] of Object.entries(({ "a": (0 / 0), len: n1 }))) {
    const o8 = ({ b: 4, 10: 9, z_: 9, len: 5 });
    ++n1;
  }
  for (const it9 of "abc,def".split(", ").join("")) {
    const s10 = ((n1).toFixed(0)[1] ?? "line\nbreak");
  }
  const memo11 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })(n1);
  if (("b" <= "zz")) throw "true";
} catch (e12) {
  caught4 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
}
for (const it13 of "a b c") {
  if (("" !== undefined)) {
    let o14 = ({ "a": (+["Hi there", it13, 1.5]), b: 1 });
    let a15 = [7, 0.5].filter((p16) => true);
  } else {
    n1 = it13.length;
    let w17 = 0;
    while (w17 < 4) {
      w17 += 1;
      var n18 = (-0);
    }
  }
}
for (let it19 of Object.keys(({ ...({ "2": (-1 / 0), k1: 0 }), b: 1e-7 }))) {
  let w20 = 0;
  while (w20 < 15) {
    w20++;
    const x21 = undefined;
    const x25 = (x21 || ({ b: (-0xff), len: (-0o17), 10: (-1 / 0) }));
  }
  let caught26 = null;
  try {
    const x27 = (caught4 ?? ({}));
  } catch (e28) {
    caught26 = typeof e28?.message === "string" && e28.message.slice(0, 2) === "u:" ? e28.name + "/" + e28.message : (e28?.name ?? e28);
    const n29 = (true ? n1 : n1);
  }
}
return [n1, caught4, (true || false)];
