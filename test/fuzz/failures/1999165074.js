// Kitwork fuzz failure, program seed 1999165074
// reason: host crash (VM threw a non-guest error)
// V8: ok [479001600,null,undefined,undefined,{"c":Infinity,"b":32},"null"]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'b')
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
// replay: node --import tsx test/fuzz/run.ts --replay 1999165074

const o1 = ({ c: 0, b: ((+[]) & (1e21 ** (-1))) });
let { c: n2 = 31 } = ({ 0: (-1 / 0) });
let caught3 = null;
try {
  let a4 = [...[8, 3], ...[100, 6, 9, 2147483648, 20]].map((p5) => (-1e21)).slice(0, 16);
  let n6 = 3;
} catch (e7) {
  caught3 = typeof e7?.message === "string" && e7.message.slice(0, 2) === "u:" ? e7.name + "/" + e7.message : (e7?.name ?? e7);
  const s8 = (false ? "zz" : "back\\slash");
} finally {
  for (const [k10, v11] of Object.entries(({ 0: (-3), "10": n2, y: 6, n2 }))) {
    if ((["-7", 'null', "\u0041\x42", "0", "b"] == ["-7", "  pad  ", "ÅÉü", "null"])) break;
  }
  const s12 = ("0" + undefined).slice(0, 48);
}
const a13 = [0b101, (-1.5)].concat([(-0.1), 3, 1, (-9007199254740991), 9]).slice().sort().filter((p16) => (Math.max(7) == [(-3.75), 5, 5e-324, 10, 1_000].length)).slice(0, 16);
let [n17, n18 = (1 / 0), n19] = a13;
function rec20(n) {
  if (!(n > 1)) return 1;
  if (n > 12) n = 12;
  return n * rec20(n - 1);
}
const o21 = ({ ...({ ...o1, b: (true + n2) }), c: ((+a13) + (--n18)) });
if ((typeof n17 === "undefined")) {
  n2 = rec20(n18);
} else {
  for (let i22 = 0; i22 < 12; i22 += 1) {
    const o23 = ({ k1: (-0), 2: 9, "10": 10, 0: i22 });
  }
  let n24 = "back\\slash".indexOf("😀x");
}
for (let i25 = 0; i25 <= 12; ++i25) {
  ++n18;
  const s26 = (typeof o1).split("").join("|");
  let caught27 = null;
  try {
    for (var i28 = 0; i28 < 15; i28 += 2) {
      const n29 = s26.toUpperCase().length;
    }
  } catch (e30) {
    caught27 = typeof e30?.message === "string" && e30.message.slice(0, 2) === "u:" ? e30.name + "/" + e30.message : (e30?.name ?? e30);
    let { a: n31 = 9 } = o1;
  }
}
n18++;
return [n2, caught3, n17, n19, o21, (true ? "null" : "")];
