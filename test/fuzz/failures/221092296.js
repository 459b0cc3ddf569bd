// Kitwork fuzz failure, program seed 221092296
// reason: host crash (VM threw a non-guest error)
// V8: ok ["[object Object]",6,0,undefined,undefined,"x,y,z","b"]
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
// replay: node --import tsx test/fuzz/run.ts --replay 221092296

const x1 = `${({ p: (false * [1e3]), q: { r: (true ? "ab" : null) } })}`.slice(0, 48);
const [n2 = 0o17, , n3 = 6] = [31, 0];
let { a: n4 = (-4), len: n5, x: n6 } = (false ? ({ "len": 4294967295, "a": (-0), k1: 5 }) : ({ a: 0, b: 4, "k1": (-20) }));
function rec7(n) {
  if (!(n > 1)) return 1;
  if (n > 12) n = 12;
  return n * rec7(n - 1);
}
switch ("a-b-c".toUpperCase()) {
  case "ab": {
    break;
  }
  case "":
    break;
}
for (const [k9, v10] of Object.entries(({ a: (-20), "c": 1e3, 10: 2147483648 }))) {
  switch (Math.max()) {
    case 10: {
      n6 = ((typeof x1 === "number") ? [8].slice(1, (-2)) : null);
      const s11 = (v10 + k9).slice(0, 48);
    }
    case (-0):
      break;
    case 2: {
      if (("-7" === k9)) {
        const x12 = x1?.p;
        --n4;
      }
      break;
    }
    case (0 / 0): {
      break;
    }
  }
  let n13 = JSON.stringify(n2).length;
}
let [n14, n15 = 7] = (true ? [(-20), 0o17, (-4294967295), 10, (-0)] : [1_000, 3, 3, 1000, 0.1, 9007199254740993]);
let caught16 = null;
try {
  let { len: n17, c: n18 = 0b101, a: n19 = 1 } = ({ len: n3, x: 1, k1: n4, ["c"]: (-256) });
  if ((0.5 <= n18)) throw new Error("u:" + ("tab\tend"[2] ?? "zz"));
} catch (e20) {
  caught16 = typeof e20?.message === "string" && e20.message.slice(0, 2) === "u:" ? e20.name + "/" + e20.message : (e20?.name ?? e20);
}
let a21 = [...[(-0)], ...[(-20), 3, 5]].slice(0, 16);
const [s22, s23] = ["x,y,z", "b", "12", "\u0041\x42", "hello"];
const f24 = function (p25 = 31, p26 = 7) {
  const s27 = (typeof a21.join("-").split(" ")).slice(0, 48);
  if (((false ? "Hi there" : undefined) === null)) {
    if ((((-123.456) ** 10) == rec7?.(n15))) return [0, 3, 9, 7].filter((x28) => x28 === x28).sort((x28, y29) => x28 - y29);
  }
  if ((p25 > 1e21)) throw new TypeError("u:bad");
  var x30 = undefined;
  return a21.slice(2, 5);
};
return [x1, n3, n4, n5, n6, s22, s23];
