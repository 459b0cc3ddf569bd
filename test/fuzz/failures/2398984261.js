// Kitwork fuzz failure, program seed 2398984261
// reason: host crash (VM threw a non-guest error)
// V8: ok ["NaN",{"z_":0},null,"hello",true]
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
// replay: node --import tsx test/fuzz/run.ts --replay 2398984261

const x1 = `${([10, (-0), 2, 0b101, 0, (-32)].slice(1, 4) / [(-1e3), 1, (0 / 0), 0b101, 0, 10].slice((-2), 4))}`.slice(0, 48);
if (([8, (-32), 1e3].map((x2) => x2 + "") === ({ ...({ y: 2147483648 }), z_: (-1000) }))) {
  var o3 = ({ ...({}), ...({ k1: 3, "a": (-0.1), z_: ((-7) + 5), 2: Math.trunc(3) }) });
} else if ([9, (-1e3), (-1_000)].includes(65535)) {
  let caught4 = null;
  try {
    let caught5 = null;
    try {
      const n6 = 5;
      if (((+[1e-7, 1000, 0.5, 0]) > "MiXeD".length)) throw (n6 - n6);
    } catch (e7) {
      caught5 = typeof e7?.message === "string" && e7.message.slice(0, 2) === "u:" ? e7.name + "/" + e7.message : (e7?.name ?? e7);
    } finally {
      let x8 = `${([(-5e-324), 100].includes(10) / ({ len: (-20), y: 1e-7 }))}`.slice(0, 48);
    }
    var b9 = ("a b c" != (typeof [].filter((p10) => true)));
    let a11 = [Math.floor(42)].map(p12 => (caught5 ?? (-1 / 0)));
    if ("MiXeD".includes("zz")) throw new Error("u:" + (''[3] ?? ""));
  } catch (e13) {
    caught4 = typeof e13?.message === "string" && e13.message.slice(0, 2) === "u:" ? e13.name + "/" + e13.message : (e13?.name ?? e13);
    const b14 = (({ ...({ len: 9, x: 3, "10": 0, z_: 10 }), z_: (x1 ?? 5) }) !== (~(10 | 0)));
  }
  let [, n15 = 0] = [];
}
let o16 = ({ ...({}), ...({ a: (-0), y: (0 / 0), z_: (-100) }) });
let caught17 = null;
try {
  const b18 = (!"a b c".indexOf("hello"));
  const { x: n19, a: n20, ...o21 } = ({});
} catch (e22) {
  caught17 = typeof e22?.message === "string" && e22.message.slice(0, 2) === "u:" ? e22.name + "/" + e22.message : (e22?.name ?? e22);
} finally {
  let [n23 = 5, n24, ...a25] = [...[8, 2.5, 9], ...[0.1, 0]];
}
function mk26(start, step = 1) {
  let c27 = start;
  return () => {
    c27 += step;
    return c27;
  };
}
const ctr28 = mk26(4);
ctr28();
const s29 = "hello";
for (const it30 of [2, 3, 4, 3.75, 2.5]) {
  for (let i31 = 0; i31 < 20; i31 += 2) {
    let n32 = it30;
    o16 = ({ z_: (+[]) });
    const o34 = ({ ...o16, ...({}) });
  }
  const a35 = [(0 / 0), 10, 8, 4].slice((-1)).slice(2).filter((p36) => (`${true}!` != s29.trim())).slice(0, 16);
}
return [x1, o16, caught17, s29, (1e3 !== (-3))];
