// Kitwork fuzz failure, program seed 3196048188
// reason: host crash (VM threw a non-guest error)
// V8: ok [-1,[7,10,3,9007199254740991,-42,4],{"0":-1,"10":0,"len":-1,"y":NaN,"k1":0.5,"b":255,"c":NaN},false,8]
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
// replay: node --import tsx test/fuzz/run.ts --replay 3196048188

const n1 = JSON.stringify([0]).indexOf("3.5".toUpperCase());
let [, ...a2] = (false ? [] : [0, 7, 10, 3, 9007199254740991, (0 / 0)]);
const o3 = ({ ...({ len: n1, y: (+a2), k1: 42, b: (n1 % 7), ["k" + 1]: 0.5 }), ...({ b: 0xff, 0: (-n1), 10: [].length, c: (0 / 0) }) });
let b4 = ((true ? "-7" : "\u0041\x42").slice(3) == "a".slice().repeat(2));
const acc5 = {
  total: 0,
  items: [],
  add(v) {
    this.total += v;
    if (this.items.length < 32) this.items.push(v);
    return this.total;
  },
  get() { return this.total; },
  list() { return this.items.slice(); },
};
let w6 = 0;
while (w6 < 8) {
  w6 += 1;
  for (var i7 = 20; i7 > 0; i7--) {
    let caught8 = null;
    try {
      if (a2.length - 1 < a2.length) a2[a2.length - 1] = Math.max((-42));
      o3["0"] = Math.min(3.75, n1, 0.1);
    } catch (e9) {
      caught8 = typeof e9?.message === "string" && e9.message.slice(0, 2) === "u:" ? e9.name + "/" + e9.message : (e9?.name ?? e9);
      let n10 = Math.max(n1, n1, 9);
    } finally {
      const n11 = n1;
    }
    if ((("x" in o3) || ["hello"].includes("😀x"))) continue;
  }
}
for (let i12 = 0; i12 < 19; i12 += 3) {
  let { len: n13 } = ({ y: 4, ...o3 });
  acc5.add((+n13));
}
switch ((typeof n1)) {
  default:
    if (a2.length < 64) a2.push((w6 >> (-4294967295)));
    let n14 = "\u0041\x42".split("-").join(", ").indexOf(`\n${"😀x"}`);
  case "hello":
    for (var i15 = 0; i15 <= 6; i15++) {
      b4 ??= (true && false);
      switch ('zz') {
        case "ab":
          acc5.add(Math.max(i15, i15, n1));
          o3["2"] ??= (~0.5);
        default: {
          b4 = ((w6 / n1) < (n1 - w6));
          break;
        }
      }
    }
    break;
  case "ab":
  case "a":
  case "0":
}
return [n1, a2, o3, b4, w6];
