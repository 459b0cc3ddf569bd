// Kitwork fuzz failure, program seed 1251403263
// reason: host crash (VM threw a non-guest error)
// V8: ok ["10, 8",[],-343]
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
// replay: node --import tsx test/fuzz/run.ts --replay 1251403263

let [s1 = "a b c", ...sa2] = ["Hi there", "b", "a-b-c"];
const n3 = ((-7) ** 3);
s1 = (s1 + s1).slice(-48);
for (const it4 of sa2) {
  var o5 = ({ "x": ((false && true) + (+[(-0b101), 2, 16, 123.456])) });
  if ((sa2.map(p6 => it4) >= sa2)) {
    if ((("hello" + "tab\tend") >= it4)) continue;
  }
  let caught7 = null;
  try {
    let s8 = it4.charAt(2);
  } catch (e9) {
    caught7 = typeof e9?.message === "string" && e9.message.slice(0, 2) === "u:" ? e9.name + "/" + e9.message : (e9?.name ?? e9);
  } finally {
    for (let i10 = 5; i10 > 0; i10--) {
      o5["y"] = (~n3);
    }
  }
}
sa2.pop();
sa2.sort();
if ([3].includes(Math.round(n3))) {
  let caught11 = null;
  try {
    let o12 = ({ y: (true ? [1.5].reduce((acc13, x14) => acc13 + x14, 0) : n3), "10": (-9), a: 0 });
    if ((!Math.round(0))) throw 'abc,def';
  } catch (e15) {
    caught11 = "outer";
  } finally {
    if ((false || true)) {
      const n16 = (n3 * 3);
      if (sa2.length < 40) sa2.push(s1.toUpperCase());
      let s17 = Array.from({ length: 6 }, (_, i18) => i18 * (-42)).join().slice(0, 48);
    }
    for (var i19 = 0; i19 < 8; i19 += 3) {
      let o20 = ({ ...({ ...({ "z_": 4294967295, 2: 16 }), ...({ a: 2.5 }) }), y: ("s" ?? n3) });
      o20 = o20;
    }
  }
  sa2 = [].map(p21 => s1);
  const { len: n22 = 20, a: n23 = 6, ...o24 } = ({ ...({ len: (0 / 0) }), ...({ len: 4, "10": 0.5, a: (-1.5e300), 0: 6 }) });
} else {
  for (let i25 = 0; i25 < 6; i25 += 1) {
    s1 = (true ? [10, 8] : [(-7)]).join(", ").slice(0, 48);
    let caught26 = null;
    try {
      const [s27 = "ÅÉü", ] = sa2.slice(2);
      let o28 = ({ "y": i25, 0: 1e3, ["k" + 1]: 1 });
      sa2.pop();
      if ((4294967296 <= 7)) throw new Error("u:" + s1);
    } catch (e29) {
      caught26 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
      let o30 = ({ ...({ k1: (-4), len: 1 }), ...({ len: 6, a: (-0), 0: (-9007199254740993), 10: 5 }) });
    } finally {
    }
  }
}
return [s1, sa2, n3];
