// Kitwork fuzz failure, program seed 4010604929
// reason: host crash (VM threw a non-guest error)
// V8: ok ["q\"uote","abc,def",-7,5,[],"",true,0]
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
// replay: node --import tsx test/fuzz/run.ts --replay 4010604929

if ((((-65535) < (-32)) || ("Hi there" !== "back\\slash"))) {
  let a1 = [9007199254740991, (-4294967295), (-16), 32, 8, 5e-324].slice(0);
  let caught2 = null;
  try {
    let { b: n3 = 7 } = ({ z_: 8, "0": (-10) });
  } catch (e4) {
    caught2 = typeof e4?.message === "string" && e4.message.slice(0, 2) === "u:" ? e4.name + "/" + e4.message : (e4?.name ?? e4);
    a1.pop();
  } finally {
    a1 = a1;
  }
  const n5 = (("s" ?? 32) / (1 - 9));
} else {
  for (var i6 = 0; i6 < 2; i6 += 1) {
    const o7 = ({ 0: (+[5].map(p8 => 0)), a: "a".trim().length, "x": 2147483647, k1: i6 });
    if ((typeof null === "number")) {
      const a9 = ((typeof (false && o7) === "boolean") ? [(-1 / 0), 3, 7] : [8, 0, 5e-324].map(p10 => p10).concat([5e-324, 2, 5, 9, 1].filter((p11) => false))).slice(0, 16);
    } else {
      const a12 = [].filter(p13 => true).map((p14, i15) => [].length);
    }
  }
}
const [, s16 = "3.5", s17 = "abc,def"] = ["a b c", "q\"uote"].map((p18) => p18);
const acc19 = (() => {
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
const [n20] = [4294967295, (-0), 2, (-7)].slice().sort();
let [n23 = 9007199254740991] = [0b101, 5, 65535, (-0.1)];
function f24() {
  for (const it25 of [9, 2, n23, 2]) {
    for (var i26 = 0; i26 < 11; i26 += 3) {
      const o27 = ({ b: (-(+[(-1 / 0), 0, (-0.5), 31, 32])), k1: (-0), 0: (-1e3), len: [...["ÅÉü", "null", "a-b-c"]].sort((x28, y29) => (x28 < y29 ? 1 : x28 > y29 ? -1 : 0)).length });
      n23--;
    }
    for (const it30 of "null".split(",").join("")) {
      const n31 = ((++n23) - (n23 | s17.length));
    }
    const o32 = ({ ...(false ? ({ 10: (-255), a: 2.5, c: (-4294967295), 2: 0xff }) : ({ len: 5 })), x: n23 });
  }
  return [4, (0 / 0), 5, 2, 0].filter((p33) => true).length;
}
var sa34 = [...[0, 6, 8, 0].filter(p38 => false).map((x37) => `${x37}`)].sort((x35, y36) => (x35 < y36 ? 1 : x35 > y36 ? -1 : 0));
f24();
const s39 = s16.repeat(0).slice(0, 48);
return [s16, s17, n20, n23, sa34, s39, (n23 <= n23), (+false)];
