// Kitwork fuzz failure, program seed 4029649519
// reason: host crash (VM threw a non-guest error)
// V8: ok [[],[],3,[]]
// VM: crash: TypeError: Cannot set properties of undefined (setting '0')
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
// replay: node --import tsx test/fuzz/run.ts --replay 4029649519

for (let i1 = 9; i1 > 0; i1--) {
  let o2 = ({ "2": 1e-7, 10: 1e3, 0: (+(undefined ?? ({}))) });
  o2["0"] ??= i1;
}
for (let i3 = 0; i3 < 14; ++i3) {
  let o4 = (false ? ({}) : ({ b: 0.1, 0: 0.5 }));
}
var a5 = [2147483647, ...[(0 / 0)], ...[0, (-5), 0, 0b101, 2, 5e-324]].slice(0, 16);
a5 = [2, (-1000), 5, 3.75, 3.75, 8];
const a6 = a5.filter(p7 => false);
const acc8 = (() => {
  let total = 0;
  const items = [];
  return {
    add: (v) => {
      total += v;
      if (items.length < 32) items.push(v);
      return total;
    },
    get: () => total,
    list: () => items.slice(),
  };
})();
for (let i9 = 0; i9 <= 14; i9 += 1) {
  const f10 = (p11) => ((!({})) ? JSON.stringify("a b c", null, 0) : (i9 + "q\"uote")).slice(0, 48);
  a5 = a6.map((p12) => i9);
  let n13 = ((-20) ** 2);
}
const [n14 = 3, , ...a15] = a6;
if (((0 + 'hello') == "12".repeat(0))) {
  for (const it16 of Object.keys(({ len: (-65535), "c": n14, y: (-100), 2: n14 }))) {
    for (let i17 = 0; i17 < 14; i17++) {
      const [s18, ...sa19] = Object.keys(({ z_: (-1e-7), len: (-5e-324), "c": 10, a: 5 }));
      const sa20 = a5.map((x21) => x21 + "").map((p22) => a15.join("|").slice(0, 48)).slice(0, 16);
    }
    for (var i23 = 0; i23 <= 5; ++i23) {
      let s24 = (typeof ["x,y,z", '1e3'].map((q25) => q25.length).slice((-2), 5));
      var n26 = 0;
    }
  }
}
if (false) {
  switch (("12"[3] ?? "ÅÉü")) {
    case "x,y,z":
      for (let it27 of Object.keys(({ b: (-0), "c": 16, a: 0 }))) {
        const n28 = n14;
        acc8.add(acc8.get());
      }
      const x29 = [n14, ["true", "😀x"]];
      break;
    case "hello":
      if (a15.length < 8) a15.push((-2147483648), Math.min(...a15));
      let n30 = a15.map(p31 => p31).map((p32) => a15.indexOf(0)).indexOf(((!n14) ? 5 : (true ? n14 : 6)));
      break;
  }
}
return [a5, a6, n14, a15];
