// Kitwork fuzz failure, program seed 3284604443
// reason: host crash (VM threw a non-guest error)
// V8: ok [13,false,false]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'z_')
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
// replay: node --import tsx test/fuzz/run.ts --replay 3284604443

switch ('x,y,z'.indexOf("-7")) {
  case 10:
    break;
  case (-1):
    const f1 = function () {
      const n2 = Math.max();
      let w3 = 0;
      while (w3 < 16) {
        w3 += 1;
        if ((n2 < 2)) {
          var sa4 = ["b", "1e3", "true"].slice().sort((x5, y6) => x5.length - y6.length);
        } else if ((!Object.keys(({ c: 1e21 })))) {
          if (([(-1 / 0), (0 / 0), 1, 1e-7, 1, 2].includes(9007199254740993) && ((-0.1) === n2))) continue;
        } else {
          let x7 = `${`-${["", "back\\slash", "b"]}${n2}!`}`.slice(0, 48);
        }
        for (let i8 = 0; i8 < 12; i8 += 2) {
          if ((typeof (-1e-7) === "undefined")) break;
          var s9 = "  pad  ";
        }
      }
      return undefined;
    };
    const o10 = ({ y: (-10), "z_": (+[10, 9007199254740993, 3]), ["c"]: 0.2 });
    break;
}
let w11 = 0;
do {
  w11++;
  const b12 = (Math.min(3.75, 4, (0 / 0)) >= Math.max(1.5));
  const adder13 = (k) => (v) => v + k;
  const add14 = adder13((0 / 0));
} while (w11 < 13);
const b15 = (("q\"uote".length / ("s" ?? 1)) == (Math.floor(8) >> (false + 1e21)));
const memo16 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})((w11 ** (-1)));
for (let i17 = 0; i17 < 3; i17 += 3) {
  const f18 = (p19 = 2) => {
    const a20 = [(-1e21)];
    const f21 = () => undefined;
    let o22 = ({ ...({ a: 1e21, x: 3, len: 7, ["n" + 2]: 5 }), c: a20.reduce((acc23, x24) => acc23 * x24, 1) });
    return a20.filter(p26 => true).map((x25) => `${x25}`);
  };
  var n27 = ((typeof "" === "undefined") ? (+'  pad  ') : (w11 % w11));
  for (const [k29, v30] of Object.entries(({}))) {
    if (b15) break;
  }
}
memo16((w11 - w11));
return [w11, b15, b15];
