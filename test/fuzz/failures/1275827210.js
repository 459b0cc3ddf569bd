// Kitwork fuzz failure, program seed 1275827210
// reason: host crash (VM threw a non-guest error)
// V8: ok [-32,{"p":["-7"],"q":{"r":{"c":NaN}}}]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'c')
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
// replay: node --import tsx test/fuzz/run.ts --replay 1275827210

const n1 = (-32);
let x2 = ({ p: '-7'.split(" "), q: { r: ({ c: (+[9, (0 / 0), 1.5e300, 5]) }) } });
const f3 = (p4) => {
  for (const it5 of p4) {
    switch ((~6)) {
      default: {
        break;
      }
      case "1": {
        const n6 = n1;
        if ((3 == it5)) continue;
      }
      case 10:
        let n7 = (((-9007199254740991) * it5) / (it5 % it5));
        n7 += Math.trunc(5);
        break;
    }
    let { b: n8 = 2, a: n9 = 3, ...o10 } = ({ 0: it5, b: 5, a: .5, y: 7 });
    if (true) {
      p4 ??= [(-256), (-1 / 0), (-4), 0, "line\nbreak".length, (--n9)];
      p4 = p4;
      if ((Math.floor(n8) === Number("0"))) continue;
    } else {
      if (0 < p4.length) p4[0] += (-2);
    }
  }
  var n11 = n1;
  ++n11;
  return (n11 | Math.sqrt(8));
};
const f12 = function (p13 = "true", p14, p15 = [1, 2]) {
  const n16 = f3(["zz", "tab\tend", "zz", 'single'].map((q17) => q17.length).map((p18, i19) => p15.length));
  let w20 = 0;
  while (w20 < 19) {
    w20 += 1;
    let a21 = p15;
    a21 = [256, 3, (0 / 0)].map(p22 => p22).filter(p23 => (9 < n1));
  }
  if (true) {
    if (p15.length < 8) p15.push(["a-b-c"].length);
  } else if ((9 == 0.1)) {
    x2 = null;
  } else {
    if (((1 ?? "s") !== undefined)) {
      p15.pop();
      x2 = ((5 >= 42) ? ({ y: 10, a: (-0), "c": (-7), k1: (-0o17) }) : undefined);
    } else if (((5 * n16) > Math.max(...p15))) {
      f3([...p15, ...p15]);
    } else {
      p14 = "a".split("").join("|").slice();
    }
  }
  return (false && false);
};
return [n1, x2];
