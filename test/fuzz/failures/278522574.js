// Kitwork fuzz failure, program seed 278522574
// reason: host crash (VM threw a non-guest error)
// V8: ok [false,"[object Object]",[-4294967295,-9007199254740991,1,1.5e+300,NaN],null,[-4294967295,-9007199254740991,1,1.5e+300,NaN],false,{},["true"],0,1]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'q')
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
// replay: node --import tsx test/fuzz/run.ts --replay 278522574

const b1 = (!['b', "  pad  ", "Hi there", "q\"uote", "  pad  "]);
const x2 = `${({ p: ({ "len": (-2147483647), 10: 256, x: (-1.5) }), q: { r: (({ y: 123.456, x: 2, a: (-0o17), "c": 6 }) / "a-b-c") } })}`.slice(0, 48);
const a3 = [(0 / 0), (-4294967295), 1, (-9007199254740991), 1.5e300].slice().sort();
let caught6 = null;
try {
  let [n7, n8 = (-1 / 0), ] = a3;
  if ("-7".includes("1e3")) throw new RangeError("u:x");
} catch (e9) {
  caught6 = typeof e9?.message === "string" && e9.message.slice(0, 2) === "u:" ? e9.name + "/" + e9.message : (e9?.name ?? e9);
} finally {
  const s10 = `\n${a3}!`.slice(0, 48);
  var x11 = ((typeof x2 === "undefined") ? a3 : null);
}
let a12 = a3;
let b13 = (({ x: 7, 2: 10 }) <= []);
let o14 = ({});
const f15 = (p16 = (-0xff), p17 = 9007199254740993, p18) => null;
if (b1) {
  let s19 = ` ${(-.5)}-${(({}) || 'a b c')} end`.slice(0, 48);
  b13 = [].map(p20 => s19).includes(s19.padStart(7, "0"));
  if ((typeof null === "object")) {
    let a21 = [(-0), (-0), 5, 5, 42, (-255)];
    for (let it22 of a3) {
      const n23 = [2147483648, (-2), (1 / 0), 10, (-0.1), (-1000)].filter(p24 => b13).slice(2).length;
      let s25 = ((b13 && ((-1e-7) === n23)) ? ["ab"].slice(0).join(", ") : s19.split("-").join(", ")).slice(0, 48);
      a3.pop();
    }
    if ((!["Hi there", "a", "line\nbreak", "a-b-c", "x,y,z"])) {
      let [n26 = 123.456, n27, n28 = (-9007199254740991), ...a29] = ["😀x", 'zz', "-7", "MiXeD"].map((q30) => q30.length);
      const b31 = (0 == undefined);
      const { c: n32, b: n33 = 1 } = ({ ...o14, ...o14 });
    }
  } else {
    let a34 = [42].slice(2);
  }
}
var sa35 = ["a b c", "ÅÉü", "\u0041\x42", 'MiXeD', "  pad  "].map((p36) => "true").slice((-1));
return [b1, x2, a3, caught6, a12, b13, o14, sa35, ((-0) >>> 6), sa35.length];
