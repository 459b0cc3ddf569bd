// Kitwork fuzz failure, program seed 537394524
// reason: host crash (VM threw a non-guest error)
// V8: ok [1,0.2,{},false,false]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'k1')
//         at Interpreter.run (/work/main/src/vm/interpreter.ts:776:48)
//         at Interpreter.loop (/work/main/src/vm/interpreter.ts:486:21)
//         at Interpreter.execute (/work/main/src/vm/interpreter.ts:152:16)
//         at <anonymous> (/work/main/src/runtime/runtime.ts:98:52)
//         at Runtime.settle (/work/main/src/runtime/runtime.ts:105:11)
//         at Runtime.run (/work/main/src/runtime/runtime.ts:98:17)
//         at Runtime.runToEnd (/work/main/src/runtime/runtime.ts:136:20)
//         at Object.evaluate (/work/main/src/runtime/runtime.ts:190:33)
//         at <anonymous> (/work/main/test/fuzz/harness.ts:169:31)
//         at runVm (/work/main/test/fuzz/harness.ts:178:3)
// replay: node --import tsx test/fuzz/run.ts --replay 537394524

const o1 = ({ b: ((-8) >> (true ? (-3) : 4)), "10": (-1.5), y: ((true && false) ? "line\nbreak".length : (0 / 0)), k1: ((~5) * ([] ?? (-32))) });
if ("a-b-c".startsWith("😀x")) {
  let o2 = ({ b: (-5), ...o1, ["c"]: (-0) });
  var s3 = (Array.from({ length: 3 }, (_, i4) => i4 * 6).includes((-1_000)) ? ("b" + 9).slice(0) : [5e-324].map(p5 => p5).join(" ")).slice(0, 48);
} else if ((true || true)) {
  const a6 = Object.entries(o1).map((e7) => e7[1]);
  let caught8 = null;
  try {
    if (0 < a6.length) a6[0] *= (true + 3.75);
    let caught9 = null;
    try {
      let sa10 = Object.keys(o1);
    } catch (e11) {
      caught9 = typeof e11?.message === "string" && e11.message.slice(0, 2) === "u:" ? e11.name + "/" + e11.message : (e11?.name ?? e11);
    }
    for (const it12 of "line\nbreak".trim()) {
      let o13 = ({ 10: (-.5), a: (-255), len: (-32) });
      let x14 = caught9;
    }
  } catch (e15) {
    caught8 = typeof e15?.message === "string" && e15.message.slice(0, 2) === "u:" ? e15.name + "/" + e15.message : (e15?.name ?? e15);
  } finally {
    for (let i16 = 0; i16 < 8; i16 += 2) {
      var a17 = a6;
      if (((~.5) > (-i16))) break;
    }
    var b18 = (("0" + a6.filter((p19) => false)) < ("a b c".slice() + ['ab', "x,y,z", 'hello', ''].join("")));
  }
}
let { c: n20 = 1, len: n21 = 0.2, ...o22 } = ({ ...({ 0: (-2147483647) }), k1: (-1 / 0) });
o22 = ({});
const n23 = [(-2147483648), 1e-7].reduce((acc24, x25) => acc24 + x25, 0);
const s26 = 'a'.toUpperCase();
let caught27 = null;
try {
  n20 = (undefined ?? (n20 >>> (-32)));
  let w28 = 0;
  do {
    w28++;
    if ((1 === null)) {
      const o29 = o1;
      let a30 = [...[0.1, 9007199254740993, 0], ...[]].slice(0, 16);
    }
  } while (w28 < 11);
  for (const it31 of [(-1e21)]) {
    let caught32 = null;
    try {
      let [s33, s34, s35 = "a"] = "b".split("|");
      let n36 = ("true".charAt(0).indexOf(`x=${["  pad  ", "abc,def", 'ÅÉü']}\n${false}\`q`) ** 1);
      if (("".toUpperCase() === JSON.stringify(({ k1: 0, c: 4, z_: 1000, 10: 4 }), null, 0))) throw new Error("u:" + s26.trim());
    } catch (e37) {
      caught32 = typeof e37?.message === "string" && e37.message.slice(0, 2) === "u:" ? e37.name + "/" + e37.message : (e37?.name ?? e37);
      const o38 = ({});
    }
  }
  if ((false || false)) throw (n23 / n21);
} catch (e39) {
  caught27 = typeof e39?.message === "string" && e39.message.slice(0, 2) === "u:" ? e39.name + "/" + e39.message : (e39?.name ?? e39);
}
return [n20, n21, o22, (!6), [9, 10, 0.1, 10, 6, (-0)].includes(n20)];
