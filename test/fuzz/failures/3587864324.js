// Kitwork fuzz failure, program seed 3587864324
// reason: host crash (VM threw a non-guest error)
// V8: ok [3,-1e+21,[6,-9007199254740991,9007199254740992],false]
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
// replay: node --import tsx test/fuzz/run.ts --replay 3587864324

for (let i1 = 0; i1 <= 19; i1++) {
  var o2 = ({ k1: (-1000), y: (1 / 0), a: (+({})) });
  for (const [k4, v5] of Object.entries(({ ...o2 }))) {
    let sa7 = [].map((x8) => `${x8}`);
  }
  let x9 = `${((([] ?? "null") || ("😀x" + "1e3")) ?? ((i1 * i1) < (i1 * (-0))))}`.slice(0, 48);
}
switch (Math.abs(4)) {
  default: {
    break;
  }
  case (-0): {
    const o10 = ({ ...({ "x": 16, 10: ((-4294967296) * 5), 2: 4 }), b: Math.trunc((-2)) });
    o10["a"] ??= (o10?.z_ ?? 4);
    break;
  }
}
if ((3.75 == 8)) {
  for (let i11 = 20; i11 > 0; i11--) {
    let caught12 = null;
    try {
      let b13 = ([9, 3.75, 8, (-2147483648), .5].indexOf(i11) === (4 + i11));
      let a14 = [1, (-4)].map(p15 => 6);
      let s16 = `a${"0"}-${a14}${0.1} end`.padStart(6, "ab").slice(0, 48);
      if (s16.split("").join(",").includes("zz")) throw new Error("u:" + ` ${0}-${a14}-${s16} end`);
    } catch (e17) {
      caught12 = typeof e17?.message === "string" && e17.message.slice(0, 2) === "u:" ? e17.name + "/" + e17.message : (e17?.name ?? e17);
    } finally {
      const a18 = [Math.max(i11, (-0.5), i11)];
    }
  }
  const n19 = ((["3.5", "3.5", "a-b-c", "a b c"].map((p20) => "-7") + (-(-20))) ?? ["hello", "0", ""].filter(p21 => false).length);
} else if (true) {
  const n22 = (Number.isInteger((false + (0 / 0))) ? 1 : 0);
} else {
  if ([10, 9, 0, 8, 1.5].includes(0)) {
    const a23 = ["MiXeD", '  pad  ', "a b c", "😀x", "-7"].map((q24) => q24.length);
  } else {
    let caught25 = null;
    try {
      let n26 = Math.floor((-123.456));
      n26 = Array.from({ length: 4 }, (_, i29) => i29 * (-5e-324)).reduce((acc27, x28) => acc27 + x28, 2);
    } catch (e30) {
      caught25 = typeof e30?.message === "string" && e30.message.slice(0, 2) === "u:" ? e30.name + "/" + e30.message : (e30?.name ?? e30);
      const n31 = ("null".indexOf("ab") | (false ?? 5e-324));
    }
    if (([0, .5, 1].reduce((acc32, x33) => acc32 + x33, 0) <= (10 ** 2))) {
      var n34 = [(-65535)].map(p37 => p37).reduce((acc35, x36) => acc35 + x36, 2);
      let sa38 = ["Hi there", "😀x"];
    }
  }
}
const [n39, n40, ...a41] = [3, (-1e21), 6, (-9007199254740991), 9007199254740993].concat([]);
const b42 = ((-.5) == 65535);
return [n39, n40, a41, b42];
