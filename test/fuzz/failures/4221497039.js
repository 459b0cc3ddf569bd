// Kitwork fuzz failure, program seed 4221497039
// reason: host crash (VM threw a non-guest error)
// V8: ok [[-15,0],{"y":-15,"a":0},"03.5",-2.5]
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
// replay: node --import tsx test/fuzz/run.ts --replay 4221497039

var o1 = ({ "y": ((-8) - 7), a: (+[]) });
const a2 = Object.entries(o1).map((e3) => e3[1]);
const o4 = o1;
switch ((false + 2)) {
  case (0 / 0): {
  }
  default: {
    const f5 = (p6, p7, p8 = 3) => "zz";
  }
  case (-0): {
    break;
  }
}
const o9 = ({ k1: (-(16 - 1000)), z_: ("ab"[0] ?? "😀x").indexOf((true ? "b" : "tab\tend")), ...o1, c: (-4294967295), a: 65535 });
const a10 = [(1 + 9007199254740993), 7, 8];
if ((!["zz", "a"])) {
  let a11 = Object.entries(o9).map((e12) => e12[1]);
} else if ((`-${["😀x"]}\`q` > "line\nbreak".slice())) {
  const f13 = (p14, p15) => (!true);
} else {
  for (let i16 = 0; i16 <= 3; ++i16) {
    o1 ??= ({ "len": [(-123.456)].length, "y": (-7), 0: 1e-7, a: (i16 % i16), i16 });
  }
}
const s17 = ("0" + "3.5").slice(0, 48);
const n18 = ((-3) - (-.5));
return [a2, o4, s17, n18];
