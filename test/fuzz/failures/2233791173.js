// Kitwork fuzz failure, program seed 2233791173
// reason: host crash (VM threw a non-guest error)
// V8: ok ["s",5,[5,5,4,9],null,false,false]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'q')
//         at Interpreter.run (/work/main/src/vm/interpreter.ts:776:48)
//         at Interpreter.loop (/work/main/src/vm/interpreter.ts:486:21)
//         at Interpreter.execute (/work/main/src/vm/interpreter.ts:152:16)
//         at <anonymous> (/work/main/src/runtime/runtime.ts:98:52)
//         at Runtime.settle (/work/main/src/runtime/runtime.ts:105:11)
//         at Runtime.run (/work/main/src/runtime/runtime.ts:98:17)
//         at Runtime.runToEnd (/work/main/src/runtime/runtime.ts:136:20)
//         at Object.evaluate (/work/main/src/runtime/runtime.ts:190:33)
//         at <anonymous> (/work/main/test/fuzz/harness.ts:169:31)
//         at runVm (/work/main/test/fuzz/harness.ts:178:3)
// replay: node --import tsx test/fuzz/run.ts --replay 2233791173

for (let i1 = 6; i1 > 0; i1--) {
  for (const it2 of [(1 / 0), (0 / 0), i1]) {
    var x3 = `${({ p: (~0), q: { r: (({ z_: (-2147483647), 10: 1, "c": (-0.1) }) / i1) } })}`.slice(0, 48);
  }
}
let x4 = ("s" ?? ({ k1: 8, "b": 7, y: 5, c: (-0b101) }));
for (let i5 = 0; i5 < 19; i5 += 2) {
  const s6 = (6 + "true").slice(0, 48);
  let a7 = [6, 9, 1e3, (-1e3), 32, (-5e-324)].map((x8) => x8 + "").map((q9) => q9.length).filter(p10 => ((i5 * 2.5) < i5));
  for (const it11 of Object.keys(({ ...({}), x: i5 }))) {
    const sa12 = ["0", '1e3', "0"].concat(["hello", 'abc,def']).slice((-2)).slice(0, 16);
  }
}
let w13 = 0;
while (w13 < 5) {
  w13 += 1;
  let { a: n14 = 10 } = ({ "y": 2 });
}
let a15 = [(false ?? w13), Math.abs(w13)];
const adder16 = (k) => (v) => v * k;
const add17 = adder16(["x,y,z"].length);
let caught18 = null;
try {
  let a19 = [(-1e21), (-0), 2, (-0)].slice().sort();
} catch (e22) {
  caught18 = typeof e22?.message === "string" && e22.message.slice(0, 2) === "u:" ? e22.name + "/" + e22.message : (e22?.name ?? e22);
}
const fs23 = [];
for (let i24 = 0; i24 < 3; i24++) {
  fs23.push((v) => v + i24);
}
if (0 < a15.length) a15[0] += w13;
if ((Math.max(w13, (-1_000), 1) != (true + w13))) {
  let w25 = 0;
  while (w25 < 8) {
    w25 += 1;
    let { len: n26 = 1e-7, c: n27 } = (true ? ({ "a": 10, x: 1, y: 32 }) : ({ "c": 9007199254740993, len: 4, "b": 7, "z_": 8 }));
  }
  if (a15.length < 20) a15.push(4, (true + w25));
}
if (((null ?? w13) == [].map((p28) => 'ab'))) {
  var a29 = [...a15].filter((x30) => x30 === x30).sort((x30, y31) => y31 - x30);
  let n32 = ((2147483648 >= w13) + (w13 | (-0)));
} else if (false) {
  const sa33 = ('single'.slice(1) + JSON.stringify("\u0041\x42")).split(" ").slice(0, 16);
}
switch (((1 / 0) + w13)) {
  case 3:
    switch (("abc,def" + "a-b-c")) {
      default:
        const sa34 = ["q\"uote"].concat(["ÅÉü", "tab\tend"]).slice(0, 16);
        let s35 = '12'.repeat(1).slice(0, 48);
        break;
      case "a": {
        break;
      }
      case "":
    }
    break;
  case (0 / 0):
  case "1":
  case (-0):
  default:
}
return [x4, w13, a15, caught18, (false && true), (5 <= 4)];
