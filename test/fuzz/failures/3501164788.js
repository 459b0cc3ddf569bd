// Kitwork fuzz failure, program seed 3501164788
// reason: host crash (VM threw a non-guest error)
// V8: ok [{"0":0,"10":-256,"k1":-0},"bc",3,false]
// VM: crash: TypeError: Cannot set properties of undefined (setting '0')
//         at Interpreter.run (/work/main/src/vm/interpreter.ts:776:48)
//         at Interpreter.loop (/work/main/src/vm/interpreter.ts:486:21)
//         at Interpreter.execute (/work/main/src/vm/interpreter.ts:152:16)
//         at <anonymous> (/work/main/src/runtime/runtime.ts:100:52)
//         at Runtime.settle (/work/main/src/runtime/runtime.ts:107:11)
//         at Runtime.run (/work/main/src/runtime/runtime.ts:100:17)
//         at Runtime.runToEnd (/work/main/src/runtime/runtime.ts:138:20)
//         at Object.evaluate (/work/main/src/runtime/runtime.ts:192:33)
//         at <anonymous> (/work/main/test/fuzz/harness.ts:171:31)
//         at runVm (/work/main/test/fuzz/harness.ts:180:3)
// replay: node --import tsx test/fuzz/run.ts --replay 3501164788

const o1 = ({ 10: (-256), 0: (([] ?? 0) ** 3), k1: (-0) });
for (let i2 = 0; i2 < 5; ++i2) {
  const acc3 = (() => {
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
}
if ((typeof o1 === "undefined")) {
  for (let i4 = 0; i4 < 10; i4 += 3) {
    switch ((0 << i4)) {
      default: {
        const n5 = ((9 < i4) ? (i4 >> i4) : (i4 - i4));
        let sa6 = [(-0o17), 0].map((x7) => `${x7}`);
      }
      case "1":
        var n8 = (([5, (-255), 31, (0 / 0)].includes(i4) ? ((-0) >> i4) : [10, (-0o17), 2147483647, 8].length) - (false ? "true" : "abc,def").length);
        break;
    }
  }
} else if ((typeof (false ? 5 : undefined) === "number")) {
  let caught9 = null;
  try {
    switch (Math.sqrt(9)) {
      case 3:
        let o10 = ({ ...({ ...({ ...o1, 2: 9007199254740993 }), ...o1 }), y: (Number.isInteger([].reduce((acc11, x12) => acc11 + x12, 0)) ? 1 : 0) });
        break;
      case "1":
      case (0 / 0):
        const a13 = (false ? [9, 10] : [1.5e300, (-8), (0 / 0), (-255)]);
        var b14 = ((({ a: 0, k1: (1 / 0), b: (-2147483647), c: (-32) }) && (true ? o1 : ({ y: 100, b: 5e-324, z_: 65535 }))) !== undefined);
        break;
      case 0: {
        const sa15 = 'single'.split(", ");
        break;
      }
      default: {
      }
    }
    const a16 = [(0 / 0), (9 & 1e3), (-9), 3, (-0.5), [(-32)].reduce((acc17, x18) => acc17 + x18, 1)];
  } catch (e19) {
    caught9 = typeof e19?.message === "string" && e19.message.slice(0, 2) === "u:" ? e19.name + "/" + e19.message : (e19?.name ?? e19);
  }
}
const s20 = "a-b-c".slice(2).split("-").join("").slice(0, 48);
const n21 = Object.keys(o1).length;
return [o1, s20, n21, ([] === null)];
