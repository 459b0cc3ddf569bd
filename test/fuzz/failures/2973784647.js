// Kitwork fuzz failure, program seed 2973784647
// reason: host crash (VM threw a non-guest error)
// V8: ok [{"2":10,"a":32,"len":NaN,"k1":2},"o",undefined,null,"-7",255]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'len')
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
// replay: node --import tsx test/fuzz/run.ts --replay 2973784647

const o1 = ({ a: 32, len: (+[4, 1e-7, (-0), 7, (-9007199254740991), 65535]), k1: 2, 2: 10 });
var b2 = (4 < (-4294967295));
function f3(p4, p5, ...rest6) {
  let caught7 = null;
  try {
    let s8 = JSON.stringify([0]).slice(0, 48);
    if ((typeof (["ÅÉü", 'b', "true", 'null', "  pad  "] + b2) === "undefined")) throw new TypeError("u:bad");
  } catch (e9) {
    caught7 = typeof e9?.message === "string" && e9.message.slice(0, 2) === "u:" ? e9.name + "/" + e9.message : (e9?.name ?? e9);
  }
  var x10 = `${((4294967295 === 0) % (("hello"[3] ?? "abc,def") + 'true'))}`.slice(0, 48);
  try {
    return '0';
  } finally {
    x10 = [9, 42, 3, (0 / 0), 5].indexOf(5);
  }
}
let a11 = [0, 6, 3].filter((p12) => b2);
const a13 = [(-1e-7), 5, (-0b101), 0.1].concat([]).slice(0, 16);
function f14() {
  let n15 = (['single', "tab\tend"].includes('null') ? (10 + 0.5) : (b2 ? 6 : (-5e-324)));
  return Math.min();
}
const s16 = "q\"uote".charAt(3);
a11 = ["a-b-c", 'hello'].map((q17) => q17.length);
for (const [k19, v20] of Object.entries(({ ...({ len: 1e3, "z_": 10, "2": (-123.456), c: 8 }), ...({ b: 2.5, c: (-2147483648), k1: .5, 10: (-0) }) }))) {
  const a21 = ["Hi there", "true", "3.5", "ab"].map((q22) => q22.length);
}
let { a: n23, b: n24 } = o1;
for (let i25 = 7; i25 > 0; i25--) {
  for (let i26 = 4; i26 > 0; i26--) {
    const n27 = i26;
  }
  const o28 = ({ ...({ ...o1, ...({ ...o1, a: 7 }) }), y: f14() });
}
const { x: n29, a: n30 } = ({ ...o1, c: 7, 2: 6, 10: (-0xff) });
n24 = a13[4];
var s31 = ('3.5' + s16).slice(0, 48);
let caught32 = null;
try {
  if (b2) throw new Error("u:" + (1 + ''));
  for (let i33 = 0; i33 <= 12; ++i33) {
    if ((typeof null === "boolean")) {
      var n34 = (a11.reduce((acc35, x36) => acc35 + x36, 1) % (a13[(i33 % i33)] ?? 1e-7));
      a11 = a11.map(p37 => 1e21);
    } else {
      f14();
      let a38 = [7, 9007199254740993, 4, 255];
    }
    for (var i39 = 0; i39 <= 4; ++i39) {
      let b40 = (s31.slice((-1)) < s31);
      s31 = (s31 + s31).slice(0, 48);
    }
    if (a13.length < 20) a13.push(Math.floor((-9007199254740993)));
  }
} catch {
  caught32 = "caught";
} finally {
}
return [o1, s16, n29, caught32, '-7', Math.round(255)];
