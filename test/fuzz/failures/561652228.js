// Kitwork fuzz failure, program seed 561652228
// reason: host crash (VM threw a non-guest error)
// V8: ok [-2147483647,"x=",10,"12",32]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'x')
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
// replay: node --import tsx test/fuzz/run.ts --replay 561652228

let { c: n1, a: n2, len: n3 } = ({ ...({ len: (-2147483647), z_: 10, x: 10 }), c: 2 });
const a4 = [7, 1];
let caught5 = null;
try {
  for (const it6 of a4) {
    switch ("a".length) {
      case 2:
        var o7 = ({ ...({ z_: it6 }), z_: it6 });
        break;
      case 0:
        var o8 = ({ "y": it6, k1: 3, it6 });
        break;
      case 1: {
        if (a4.length < 20) a4.push((it6 + it6));
        break;
      }
    }
    const sa9 = ["a-b-c", "a b c", "  pad  ", "😀x"].slice().sort();
  }
  let [, n12, ] = a4;
  var s13 = (typeof a4);
} catch (e14) {
  caught5 = typeof e14?.message === "string" && e14.message.slice(0, 2) === "u:" ? e14.name + "/" + e14.message : (e14?.name ?? e14);
}
var s15 = `x=${[]}`.slice(0, 48);
s15 ??= (true ? s15 : s15);
for (const it16 of a4) {
  n3 ||= n1;
  let caught17 = null;
  try {
    if (((!false) || ([] === undefined))) {
      let a18 = a4.slice(2, 2);
      let x19 = ({ p: ['single', "1e3"].filter(p20 => false), q: { r: (!0) } });
      const n21 = (Math.trunc(2) + (0 ** 1));
    }
    for (const it22 of ["0", ""].filter((p23) => true)) {
      let o24 = ({ c: 0.2, x: 8, 0: 2, 10: 9007199254740993 });
    }
    let caught25 = null;
    try {
      var a26 = [(0 / 0), ...a4, ...[(-1000), (-8), 5, 2147483648, 0].concat(it16)].slice(0, 16);
      let o27 = ({ ...({ x: (+a4) }), y: Math.round((it16 << it16)) });
    } catch (e28) {
      caught25 = typeof e28?.message === "string" && e28.message.slice(0, 2) === "u:" ? e28.name + "/" + e28.message : (e28?.name ?? e28);
    }
    if ((s15 === s15)) throw new Error("u:" + `a${["hello", "zz", 'x,y,z']}:${n1} end`);
  } catch (e29) {
    caught17 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
  }
}
let n30 = ("  pad  " + (-32)).length;
let [s31 = "12"] = [].map((p32) => "a-b-c");
const x33 = (false ? n30 : null);
let { x: n34, a: n35 } = ({ a: 32, ["c"]: 0xff });
return [n3, s15, n30, s31, n35];
