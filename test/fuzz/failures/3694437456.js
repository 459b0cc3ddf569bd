// Kitwork fuzz failure, program seed 3694437456
// reason: host crash (VM threw a non-guest error)
// V8: ok [2,[],"Error/u:|7",false,"ÅÉü"]
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
// replay: node --import tsx test/fuzz/run.ts --replay 3694437456

for (let i1 = 4; i1 > 0; i1--) {
  var n2 = 8;
  let w3 = 0;
  while (w3 < 8) {
    w3++;
    let sa4 = [];
    if (false) {
      const x5 = `${((1 && [6, 4]) * ["true", "x,y,z", "back\\slash", "", "back\\slash"].slice(2))}`.slice(0, 48);
      let s6 = "tab\tend".toLowerCase().toUpperCase();
      n2 = (n2--);
    } else {
      --n2;
    }
    sa4.pop();
  }
}
var n7 = 'a b c'.length;
const a8 = [...[(-2), 31]].filter((x9) => x9 === x9).sort((x9, y10) => y10 - x9).slice(3);
if (((n7 <= n7) != JSON.stringify('ab'))) {
  const o11 = ({ "10": 8, c: n7, "b": (-255), 0: (-1000) });
  const o12 = ({ ...({ a: 3, len: (-1.5e300), "10": (-3.75) }), ...({ 2: 3, x: 2, "k1": 1, a: 0o17 }) });
  var a13 = [].filter((x14) => x14 === x14).sort((x14, y15) => x14 - y15);
} else if (a8.includes((-0xff))) {
  --n7;
} else {
  if ((n7 >= 9)) {
    if (((0 / 0) >= (-1 / 0))) {
      n7 ??= [3.75, 2, (-0.2), 2, (-0), (-0)].indexOf(4);
      const { a: n16, ...o17 } = ({ y: 5, c: n7, x: 3, 10: n7 });
    } else {
      n7 >>= [9, (-0)].indexOf(5);
      const o18 = ({ ...({}), b: ("zz"[3] ?? "MiXeD").indexOf("a-b-c".toUpperCase()) });
    }
  } else if (((n7 + n7) >= 'hello'.length)) {
    const { x: n19 = 31, c: n20, b: n21 } = ({ "k1": n7, "c": n7, n7 });
    const n22 = n19;
  } else {
    const { b: n23 = (0 / 0) } = ({ "0": (-20), a: 3, z_: 5 });
  }
}
let caught24 = null;
try {
  for (const it25 of Object.keys(({ ...({ z_: 32, 10: 1, c: 3 }), x: 5 }))) {
    for (let i26 = 0; i26 <= 9; i26 += 1) {
      const o27 = ({ a: 3.75, y: ((+a8) - a8.length) });
    }
    var o28 = ({});
    if (((Number.isInteger(n7) ? 1 : 0) > (-n7))) {
      n7 = a8.pop() ?? 3;
    } else {
      --n7;
    }
  }
  --n7;
  if (((0 / n7) > (10 / (-1.5)))) throw new Error("u:" + "-7".split("-").join("|"));
} catch (e29) {
  caught24 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
} finally {
}
return [n7, a8, caught24, [10, 2147483647, (-4)].includes((1 / 0)), "ÅÉü".padStart(1)];
