// Kitwork fuzz failure, program seed 2271820041
// reason: host crash (VM threw a non-guest error)
// V8: ok [{"2":0.5,"k1":5,"y":NaN,"c":4,"z_":-1e-7},false,"null"]
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
// replay: node --import tsx test/fuzz/run.ts --replay 2271820041

const f1 = (...rest2) => "null";
const f3 = () => `${(["a-b-c", "Hi there", "zz"] + 8)}`.slice(0, 48);
function rec4(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec5(n - 1);
}
function rec5(n) {
  return n > 0 ? rec4(n - 1) : false;
}
for (let i6 = 0; i6 < 9; i6 += 3) {
  if ((typeof "" === "number")) {
    let o7 = ({});
    const a8 = (false ? [8, (-10), 3.75, 1e-7] : [10, 8]).concat((false ? i6 : i6)).slice(0, 16);
    switch ((o7?.["2"] ?? 8)) {
      case 10:
        if ((Math.trunc(i6) < ({ ...o7, ...o7 }))) continue;
        if (a8.length < 64) a8.push((-4294967295));
      case "1":
        f1();
        var x9 = (null ?? ({ k1: Math.max(i6, i6) }));
        break;
      default:
        break;
    }
  } else {
    f1();
    let caught10 = null;
    try {
      const s11 = ("\u0041\x42".split("").join(",") + "".toUpperCase()).padEnd(2, "0").slice(0, 48);
      if (("line\nbreak" > s11)) throw new Error("u:" + "MiXeD".repeat(3));
    } catch (e12) {
      caught10 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
    }
  }
  for (let i13 = 0; i13 <= 5; i13++) {
    for (let i14 = 0; i14 < 3; i14 += 2) {
      let o15 = ((!'true') ? ({ ...({ 10: 1 }), len: i13 }) : ({ ...({}), ...({ "2": 6 }) }));
      let x16 = ["  pad  ", "zz", "ÅÉü", ""];
    }
    if ([(-0), (-16), 0o17].includes(i13)) continue;
    let [n17 = (-0), n18] = [7, (-32), 1, (-0), (-4294967296), 4].map((p19, i20) => p19);
  }
}
const o21 = ({ ...({ k1: 8, "2": .5, y: (+({})) }), ...({ ...({ k1: 5, "c": 4 }), z_: (true ? (-1e-7) : 2) }) });
switch ((-0.1)) {
  default:
    f1();
  case (-1):
    break;
  case 0:
    break;
  case 10:
    var s22 = ("\u0041\x42".at((-1)) ?? "");
    break;
  case 2:
}
return [o21, Array.isArray(0), ("12"[3] ?? "null")];
