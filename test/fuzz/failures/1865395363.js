// Kitwork fuzz failure, program seed 1865395363
// reason: host crash (VM threw a non-guest error)
// V8: ok ["[object Object]","  PAD  A B C",[5,0.1,8],{"2":0.2,"c":1},0.2,"16  PAD  ",0.2,13107,255,255]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'p')
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
// replay: node --import tsx test/fuzz/run.ts --replay 1865395363

const x1 = `${(({ p: (({ a: 255, "2": 4, 0: (1 / 0), c: (-42) }) - "x,y,z"), q: { r: ((-.5) + "null") } }) ?? ({ b: Math.floor((-0)) }))}`.slice(0, 48);
let s2 = ("  pad  " + 'a b c').toUpperCase().slice(0, 48);
const s3 = (typeof [2, (-9007199254740993)]);
const a4 = [5, 0.1].concat([...[8]].filter((x5) => x5 === x5).sort((x5, y6) => y6 - x5)).slice(0, 16);
const a7 = [];
switch ((3 * 4)) {
  default:
    break;
  case 3:
    if ((Math.sign(0.1) < 0.1)) {
      const x8 = ([] && ({ "x": 20 }));
    }
    switch (s3.toLowerCase()) {
      case "x,y,z":
        var a9 = a7;
      case "": {
        break;
      }
      case "hello":
        if (false) {
          const { x: n10 = 1_000, b: n11 = 1 } = ({ ...({}), ...({ a: (-0), "k1": 31, z_: 2147483647 }) });
          var n12 = (n11 / n11);
        }
        const n13 = [].indexOf(5);
        break;
    }
    break;
}
let o14 = ({ 2: Math.min(4, 0.2), c: 1 });
for (var i15 = 0; i15 <= 15; i15 += 1) {
  if ((typeof x1 === "boolean")) {
    let n16 = Math.trunc(i15);
    ++n16;
  } else if (false) {
    if (true) {
      if (a4.length < 40) a4.push(Math.min(3, 7), (Number.isInteger(1_000) ? 1 : 0));
      if (false) break;
      var n17 = Math.trunc(i15);
    }
    if ((!o14)) continue;
  } else {
    const a18 = [10, 5e-324, (-4294967295)];
    var sa19 = a4.map((x20) => x20 + "");
  }
}
const n21 = (o14?.[2] ?? 0);
const s22 = (i15 + "  pad  ".toUpperCase()).slice(0, 48);
const n23 = n21;
const s24 = JSON.stringify(s3.padStart(4, "0")).slice(0, 48);
const n25 = Math.abs(Math.floor((n21 * (-65535))));
var n26 = 255;
return [x1, s2, a4, o14, n21, s22, n23, n25, n26, (n26++)];
