// Kitwork fuzz failure, program seed 3344576516
// reason: host crash (VM threw a non-guest error)
// V8: ok [-1.5,31,{"2":Infinity,"a":7}]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'r')
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
// replay: node --import tsx test/fuzz/run.ts --replay 3344576516

const sa1 = [].map(p2 => p2).map((p3) => '  pad  '.slice(3, 0)).map(p4 => ("tab\tend" + p4).split(",").join("-").slice(0, 48)).slice(0, 16);
for (let i5 = 6; i5 > 0; i5--) {
  const x6 = `${("abc,def".split("").filter((p7) => (i5 === 4)) % "true".split(", ").slice(2))}`.slice(0, 48);
  sa1.pop();
  switch ('  pad  ') {
    case "a":
      for (const it8 of [(-1_000), 5, 255, 0b101, 16]) {
        var n9 = Math.sqrt(i5);
        n9--;
      }
  }
}
const n10 = ((typeof false === "number") + ("s" ?? (-3.75)));
for (var i11 = 0; i11 <= 10; i11++) {
  const o12 = ({ "x": (true ? n10 : n10), "10": 2, n10 });
}
switch ('-7'.indexOf("back\\slash")) {
  case (-1):
    for (const it13 of Object.keys(({ 0: 0.5 }))) {
      const x14 = ({ p: it13.padStart(2, "*"), q: { r: [0, 1, 8].map(p15 => 1000) } });
    }
    break;
  case "1":
    break;
  case 2: {
    let w16 = 0;
    do {
      w16++;
      let b17 = ((7 < "a b c".length) && (((-0) * n10) != (1000 >> i11)));
    } while (w16 < 13);
    var n18 = Math.sign([2, (-16), 16].indexOf(i11));
    break;
  }
}
var o19 = ({ ...({ c: 2, "a": 7, b: 31, 2: (1 / 0) }), ...({}) });
let s20 = ("3.5".padStart(9, "") + "0".split(" ").join("-")).slice(0, 48);
var s21 = (2147483647).toFixed(0);
for (const it22 of Object.keys(o19)) {
  const f23 = (p24, p25, p26 = [1, 2]) => {
    const o27 = ({ ...o19, ...({ c: (-0), k1: 2 }) });
    var s28 = "1e3";
    const s29 = ('😀x' + false).slice(0, 48);
    const f30 = (p31, p32 = 31, p33) => s21;
    return sa1.concat(sa1).map((p34) => f30(s28, n10, p24)).slice(0, 16);
  };
  if (sa1.length < 8) sa1.push("b");
}
s20 = "ÅÉü".padStart(4);
const x35 = `${({ p: s20, q: { r: ([1000, (-65535), 3, 5, (-42), (1 / 0)] * []) } })}`.slice(0, 48);
let { c: n36 = 1e3, len: n37 = (-1.5), b: n38 = 5, ...o39 } = o19;
let n40 = Math.floor("back\\slash".indexOf(s20));
return [n37, n38, o39];
