// Kitwork fuzz failure, program seed 1999542317
// reason: host crash (VM threw a non-guest error)
// V8: ok [{"y":-Infinity},null,{"b":4,"c":7},16]
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
// replay: node --import tsx test/fuzz/run.ts --replay 1999542317

let o1 = ({ 2: (-0o17), z_: (-0.5), a: (("  pad  " % ({})) ?? 'a b c'.length), x: (-0) });
const o2 = ((`-${[3]}a${"-7"}` >= "a b c".toUpperCase()) ? o1 : ({ 10: ((-0) - 1e-7), "k1": 1, b: (-.5), y: 0o17 }));
for (let it3 of ("0" + o2)) {
  const o4 = ({ b: 5, len: (Math.min(7, 5, 3.75) - 3), "0": 0b101, 2: 10 });
}
let caught5 = null;
try {
  for (const it6 of []) {
    let caught7 = null;
    try {
      let s8 = "";
      var b9 = (Math.floor(it6) != Math.sign(it6));
      if (["a b c", "a", ""].includes(s8)) throw false;
    } catch (e10) {
      caught7 = typeof e10?.message === "string" && e10.message.slice(0, 2) === "u:" ? e10.name + "/" + e10.message : (e10?.name ?? e10);
    } finally {
      if ((it6 < 3.75)) continue;
    }
    let s11 = (((it6 / 2.5) - (it6 >>> it6)) + ((1 * (-0)) + ["abc,def", "😀x", "Hi there", "a b c"].join(""))).slice(0, 48);
  }
  let a12 = [1.5e300, (-0), 9, 4, 0b101, 1].filter((p13) => true).filter((p14) => ("" > "ÅÉü")).map(p15 => Math.min());
} catch (e16) {
  caught5 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
}
o1 = ({});
o2["10"] = (1 - 10);
const o17 = ({ b: 4, "c": 7 });
o1 = ({ y: (-1 / 0) });
function rec18(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec19(n - 1);
}
function rec19(n) {
  return n > 0 ? rec18(n - 1) : false;
}
for (let i20 = 0; i20 < 10; i20++) {
  const f21 = (p22, p23, ...rest24) => caught5;
}
let w25 = 0;
while (w25 < 16) {
  w25++;
  var x26 = (caught5 ?? ({ z_: 10, 2: (-3), 0: (-0b101) }));
  for (var i27 = 0; i27 < 17; i27++) {
    const [n28 = 7, , ...a29] = [9007199254740991, 1e21].filter((x30) => x30 === x30).sort((x30, y31) => x30 - y31);
    let sa32 = ("ÅÉü" + "q\"uote").split("|").slice(0, 16);
    let n33 = (n28 & n28);
  }
  function f34(p35, p36) {
    const x37 = [0, 8, 8, 1.5e300, 10, (-0)];
    const x38 = (x26 ?? o2);
    return ["a", "b", "", "hello", "a-b-c"].length;
  }
}
return [o1, caught5, o17, w25];
