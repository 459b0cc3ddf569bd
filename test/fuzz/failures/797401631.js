// Kitwork fuzz failure, program seed 797401631
// reason: host crash (VM threw a non-guest error)
// V8: ok [["ÅÉü","3.5"],{"2":-100,"10":8,"z_":-123.456,"b":NaN,"c":10},"s","null[object Object]"]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'b')
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
// replay: node --import tsx test/fuzz/run.ts --replay 797401631

const f1 = (p2 = [1, 2], p3, p4) => {
  p4.pop();
  p3 = (p2[1] ?? (-1_000));
  return p3;
};
if ((5 !== 4)) {
  const f5 = function (p6, p7, p8) {
    for (let i9 = 0; i9 < 1; i9++) {
      for (let i10 = 0; i10 < 19; i10 += 1) {
        if (0 < p8.length) p8[0] += 2;
        if (p8.length - 1 < p8.length) p8[p8.length - 1] *= (p6 += p6);
      }
      [p6, p7] = [p7, p6];
    }
    const [s11, , ...sa12] = ["ab", "\u0041\x42"].map((p13) => "1e3");
    for (let i14 = 2; i14 > 0; i14--) {
      const n15 = "null".split("|").length;
    }
    let caught16 = null;
    try {
      let [n17 = (-9007199254740993), , n18 = (-42), ...a19] = p8.map(p20 => p7);
      const { a: n21 = (0 / 0), c: n22, ...o23 } = (true ? ({}) : ({ "a": 4, k1: (-0), 10: (-255), y: 0 }));
      const o24 = ({ ...o23, z_: (true + p6) });
    } catch {
      caught16 = "caught";
    }
    return "".repeat(1).slice(0, 48);
  };
  const n25 = (Math.sign(f1([7, 0, 2, (0 / 0), 4], (-1e3), [0.2])) >> ((+'x,y,z') - ['zz', "0", "MiXeD", "1e3"].length));
  function f26(p27) {
    if ([2.5].slice((-1)).includes(n25)) throw (0 / (-1_000));
    return [[], n25, p27];
  }
} else {
  let caught28 = null;
  try {
    const s29 = "b";
    let w30 = 0;
    do {
      w30++;
      let n31 = Math.max(f1([0b101].filter((x32) => x32 === x32).sort((x32, y33) => x32 - y33), Math.min(), [10, (-0)].map((p34) => p34)), (2147483648 + "MiXeD").indexOf((1 + "abc,def")));
      const n35 = (false ? s29.length : (false + n31));
    } while (w30 < 10);
  } catch (e36) {
    caught28 = typeof e36?.message === "string" && e36.message.slice(0, 2) === "u:" ? e36.name + "/" + e36.message : (e36?.name ?? e36);
  } finally {
    let { b: n37 = 7, c: n38 = (-4294967296), len: n39 } = ({ "a": 1, k1: (-1000) });
  }
  for (let i40 = 6; i40 > 0; i40--) {
    const sa41 = ['  pad  ', "abc,def", "12"].concat(["b", 'b', "a b c", "a", "b"]).slice().sort((x42, y43) => x42.length - y43.length).filter((p44) => ((9007199254740993 > i40) || (true || true))).slice(0, 16);
  }
}
let sa45 = ["ÅÉü"].concat(['3.5']).slice(0, 16);
const o46 = ({ ...({ 2: (-100), z_: (-123.456), b: (+[(-123.456), 7, 3]), "10": Math.max(8, 5, 6) }), c: "line\nbreak".toUpperCase().length });
return [sa45, o46, ("back\\slash".at((-2)) ?? ""), ("null" + ({ 10: 5, k1: 4, "2": 5 }))];
