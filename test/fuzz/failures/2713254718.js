// Kitwork fuzz failure, program seed 2713254718
// reason: host crash (VM threw a non-guest error)
// V8: ok [16,null]
// VM: crash: TypeError: Cannot set properties of undefined (setting '0')
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
// replay: node --import tsx test/fuzz/run.ts --replay 2713254718

for (var i1 = 0; i1 < 16; ++i1) {
  var s2 = ("1e3".slice(5) + "3.5".repeat(3)).slice(1, 2).slice(0, 48);
  switch ([].length) {
    case 3:
      var o3 = ({ ...(false ? ({ y: 10 }) : ({ 10: 4 })), len: (-i1) });
      break;
    case 0:
      for (const it4 of [7, (0 / 0)]) {
        let o5 = ({ k1: (-0), len: i1, 0: ((it4 & i1) >> ([] ?? it4)) });
        if ((s2.split(", ").join(",") !== (s2[2] ?? "a b c"))) continue;
      }
      let caught6 = null;
      try {
        var s7 = JSON.stringify(Math.abs((8 / (-255)))).slice(0, 48);
        let n8 = Math.abs((256 | (i1 + (-1e-7))));
        if (((s2 != s7) == ["true"].map(p9 => s2))) throw new TypeError("u:x");
      } catch (e10) {
        caught6 = typeof e10?.message === "string" && e10.message.slice(0, 2) === "u:" ? e10.name + "/" + e10.message : (e10?.name ?? e10);
        let n11 = "-7".indexOf("a b c");
      }
      break;
    case (-0):
      let w12 = 0;
      while (w12 < 14) {
        w12++;
        s2 = JSON.stringify(s2.split(", ")).slice(0, 48);
        const sa13 = ["Hi there", "back\\slash", 'null', "😀x", 'null'];
        var n14 = (((false ? 2147483647 : i1) != (~i1)) ? i1 : ((i1 + i1) - (4 / (1 / 0))));
      }
      let w15 = 0;
      do {
        w15++;
        if ((true && false)) break;
        var sa16 = s2.split("");
      } while (w15 < 15);
      break;
  }
}
let caught17 = null;
try {
  var s18 = "true".toUpperCase();
} catch (e19) {
  caught17 = typeof e19?.message === "string" && e19.message.slice(0, 2) === "u:" ? e19.name + "/" + e19.message : (e19?.name ?? e19);
}
for (let i20 = 0; i20 <= 18; i20++) {
  var sa21 = Object.keys(({ len: 10, a: (true + (-0)), k1: "hello".indexOf('-7'), y: "12".length, i1 }));
  var b22 = (!('a b c' + "x,y,z"));
}
const f23 = (p24) => {
  if ([2].filter((x25) => x25 === x25).sort((x25, y26) => x25 - y26).includes(7)) {
    const b27 = (((!["abc,def", "\u0041\x42"]) + (undefined ?? p24)) == ((10 / i1) >> (--p24)));
    --p24;
  }
  const o28 = ({ b: (0 / 0) });
  return (true ? 2 : i1);
};
return [i1, caught17];
