// Kitwork fuzz failure, program seed 2871616722
// reason: host crash (VM threw a non-guest error)
// V8: ok [{"2":NaN,"x":NaN},[NaN,NaN,-1],[NaN,NaN,-1]]
// VM: crash: TypeError: Cannot set properties of undefined (setting '2')
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
// replay: node --import tsx test/fuzz/run.ts --replay 2871616722

let o1 = ({ 2: (+[(-3.75), (0 / 0), 5, 0xff]), x: (+"q\"uote") });
const a2 = Object.entries(o1).map((e3) => e3[1]);
function f4(p5, p6, p7) {
  let caught8 = null;
  try {
    let a9 = a2;
    if ((5 == p5)) throw new Error("u:" + `a${true}${p7}\`q`);
  } catch (e10) {
    caught8 = typeof e10?.message === "string" && e10.message.slice(0, 2) === "u:" ? e10.name + "/" + e10.message : (e10?.name ?? e10);
    for (let it11 of ["zz"]) {
      o1.len ??= p6;
      p6 &&= (3 - (true ? (-1 / 0) : p5));
      o1["10"] += (p6 = p5);
    }
  } finally {
    const sa12 = ["12", "null", "tab\tend", 'single'];
    let x13 = (null || false);
  }
  if (Number.isInteger(p6)) throw false;
  for (const it14 of a2) {
    a2.pop();
  }
  p7 = (p7 + p7.padEnd(9)).slice(0, 48);
  return a2.join("-").slice(0, 48);
}
function f15(p16, p17) {
  const n18 = 0o17;
  var n19 = Math.round(9007199254740993);
  ++n19;
  if (["Hi there", "hello", "a", '1e3'].slice().sort().includes('1e3'.charAt(0))) {
    const a22 = Array.from({ length: 6 }, (_, i23) => i23 * 2).filter((x24) => x24 === x24).sort((x24, y25) => x24 - y25).slice((-3), 0);
    const o26 = ({ z_: 0, len: 20, 0: (true + (-9007199254740993)), ...o1, y: (a2[4] ?? 4) });
    const b27 = (typeof 0 === "number");
  } else if (a2.includes(n18)) {
    if (["b"].slice((-1)).includes("ab")) {
      if ((123.456 != (0 / 0))) return (p16 + 9);
    }
    let { a: n28 = (-0), len: n29 = (1 / 0), b: n30 } = ({ ...o1, k1: (-4294967296) });
  }
  try {
    return (o1?.a ?? 9);
  } finally {
    if ((false || true)) {
      n19 = (a2[(p16 ^ n18)] ?? 0.2);
      var o31 = ({ ...o1, ...o1 });
      o1 = o1;
    }
  }
}
for (const it32 of [(-255)]) {
  if (a2.length < 20) a2.push("true".indexOf('ÅÉü'));
}
o1 ||= o1;
var a33 = a2;
return [o1, a2, a33];
