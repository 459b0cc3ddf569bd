// Kitwork fuzz failure, program seed 3142007003
// reason: host crash (VM threw a non-guest error)
// V8: ok [{"0":0,"2":-0,"y":0,"z_":0,"c":2147483650.5,"len":5},undefined,{"10":3,"x":4},6,{"p":["","-7","1e3","a b c"],"q":{"r":["hello"]}},["x,y,z","tab\tend","hello","b","3.5"]]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'y')
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
// replay: node --import tsx test/fuzz/run.ts --replay 3142007003

var o1 = ({ "y": (+[]), "2": (-0), "z_": 0, 0: 0 });
o1 = ({ ...o1, c: 2147483647 });
const f2 = function () {
  if (((typeof 0 === "string") || (true && true))) {
    o1.len = 5;
    const { b: n3 = (-0o17) } = ({ ...({ 0: 4, x: (-1.5), 10: 0 }), ...o1 });
  } else {
    for (const it4 of Object.keys(o1)) {
      let o5 = ({ ...({ ["n" + 2]: 31 }), k1: it4.split(" ").join(",").length });
      var n6 = (true ? 3 : 7);
      const { len: n7 = .5, b: n8 = 1, x: n9 } = o5;
    }
  }
  let s10 = (` ${[(1 / 0), 2]}`[3] ?? "a b c").slice(0, 48);
  for (const it11 of []) {
    for (let i12 = 0; i12 < 16; ++i12) {
      const n13 = ([].length % ((0 !== undefined) + (false ? it11 : i12)));
    }
    switch (Math.max(9)) {
      case (0 / 0):
        const n14 = (it11 | 4294967295);
      case 0: {
        break;
      }
    }
    let sa15 = ['  pad  ', "ab"];
  }
  return ["hello", "b", "x,y,z", "tab\tend", "3.5"].filter(p16 => ((-9007199254740993) != 7));
};
switch (Math.floor(10)) {
  case (0 / 0):
    break;
  case 10:
    f2();
    const s17 = "tab\tend";
    break;
  default: {
    for (let i18 = 7; i18 > 0; i18--) {
      for (let i19 = 0; i19 <= 15; i19 += 1) {
        const x20 = undefined;
        const b21 = (!["-7"]);
      }
      let n22 = Number("ÅÉü");
    }
    break;
  }
}
let { c: n23, ...o24 } = ({ 10: 3, x: 4 });
const n25 = (~((false ? 3 : 7) / [4, (-0), (-10), 0xff, 7, (-0)].indexOf(100)));
let x26 = ({ p: ["", "-7", '1e3', 'a b c'], q: { r: ["hello"] } });
const sa27 = [...f2()].sort((x28, y29) => (x28 < y29 ? 1 : x28 > y29 ? -1 : 0)).filter((p30) => ((undefined == null) || (typeof x26 === "boolean"))).slice(0, 16);
o1.c += ((-0.5) + 4);
f2();
f2();
return [o1, n23, o24, n25, x26, sa27];
