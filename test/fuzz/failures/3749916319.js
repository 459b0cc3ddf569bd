// Kitwork fuzz failure, program seed 3749916319
// reason: host crash (VM threw a non-guest error)
// V8: ok ["9007199254740992","true",["true","x,y,z"],{"code":0},false,":true-Infinity!"]
// VM: crash: TypeError: Cannot read properties of undefined (reading 'length')
//         at Interpreter.run (/work/main/src/vm/interpreter.ts:754:40)
//         at Interpreter.loop (/work/main/src/vm/interpreter.ts:473:21)
//         at Interpreter.execute (/work/main/src/vm/interpreter.ts:139:16)
//         at <anonymous> (/work/main/src/runtime/runtime.ts:77:52)
//         at Runtime.settle (/work/main/src/runtime/runtime.ts:84:11)
//         at Runtime.run (/work/main/src/runtime/runtime.ts:77:17)
//         at Runtime.runToEnd (/work/main/src/runtime/runtime.ts:115:20)
//         at Object.evaluate (/work/main/src/runtime/runtime.ts:168:33)
//         at <anonymous> (/work/main/test/fuzz/harness.ts:169:31)
//         at runVm (/work/main/test/fuzz/harness.ts:178:3)
// replay: node --import tsx test/fuzz/run.ts --replay 3749916319

var x1 = `${(9007199254740993 - "")}`.slice(0, 48);
const [s2 = "b", ...sa3] = ["x,y,z", 'true', "true"].slice().sort((x4, y5) => x4.length - y5.length);
let caught6 = null;
try {
  for (const it7 of [5, 6, 42, 2, 42, 1000]) {
    let { a: n8 = 9, c: n9 } = ({ ...({ 2: 2 }), z_: it7 });
    let s10 = JSON.stringify(sa3).slice(0, 48);
  }
  for (const it11 of JSON.stringify(true)) {
    if ((typeof x1.p === "undefined")) throw { code: Math.round(5e-324) };
  }
  switch ('a b c'.toLowerCase()) {
    case "ab":
      let caught12 = null;
      try {
        const o13 = ({});
        let s14 = s2;
      } catch (e15) {
        caught12 = typeof e15?.message === "string" && e15.message.slice(0, 2) === "u:" ? e15.name + "/" + e15.message : (e15?.name ?? e15);
        const a16 = [(0 / 0), 32].concat([1]).map((p17, i18) => ['', "null", "Hi there", "😀x", "  pad  "].length).map((p19) => ((false && true) ? p19 : 0b101)).slice(0, 16);
      }
      for (let i20 = 20; i20 > 0; i20--) {
        if ((i20 <= 1e-7)) throw new Error("u:" + (false ? "ab" : s2));
      }
      break;
    default:
      const [n21 = (-0), ] = [5].concat([(-9007199254740993), 2, (-7), 10, 9, (-5e-324)]);
      break;
  }
  if (((sa3[0] ?? "-7") == s2)) throw new Error("u:" + (sa3[0] ?? "zz"));
} catch (e22) {
  caught6 = typeof e22?.message === "string" && e22.message.slice(0, 2) === "u:" ? e22.name + "/" + e22.message : (e22?.name ?? e22);
} finally {
  let s23 = (s2 + (("s" ?? (-8)) + s2.padEnd(8, "ab"))).slice(0, 48);
}
for (const it24 of Object.keys(({ ...({ c: 10, y: (-5e-324), a: (-31) }), c: 4 }))) {
  let a25 = [(-0), ...[(false ? 6 : (-3)), 0b101, (+caught6), ((-2147483647) & 9), 7, (-1e3)], ...[(-1 / 0), 0.1, 2.5, 9, 2, 1e3].map((p26, i27) => (0 / 0)).map(p28 => (false ?? p28))].slice(0, 16);
  let caught29 = null;
  try {
    let caught30 = null;
    try {
      a25 = a25.filter((p31) => true).map((p32) => ((1 / 0) - p32));
      const n33 = (+[0.5, 1.5, 2.5, (-2147483648), 4]);
      let s34 = s2.slice();
      if ((!(false ? [10, 9] : [(-3.75), (0 / 0), 1e-7, (-1e3), (0 / 0), 0.1]))) throw [6, 6, 9, 6];
    } catch (e35) {
      caught30 = typeof e35?.message === "string" && e35.message.slice(0, 2) === "u:" ? e35.name + "/" + e35.message : (e35?.name ?? e35);
      a25 ||= a25;
    }
  } catch (e36) {
    caught29 = typeof e36?.message === "string" && e36.message.slice(0, 2) === "u:" ? e36.name + "/" + e36.message : (e36?.name ?? e36);
    let b37 = ((-(-3)) === Math.max((2 - 2), [0, (-3)].reduce((acc38, x39) => acc38 + x39, 0)));
  } finally {
    var n40 = (a25.filter(p43 => false).reduce((acc41, x42) => acc41 * x42, 0) + (true ? it24 : s2).indexOf(s2));
  }
}
return [x1, s2, sa3, caught6, (2147483647 <= 4), `:${true}-${(1 / 0)}!`];
