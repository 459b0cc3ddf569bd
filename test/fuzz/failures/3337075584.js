// Kitwork fuzz failure, program seed 3337075584
// reason: host crash (VM threw a non-guest error)
// V8: ok [undefined,undefined,[],false]
// VM: crash: TypeError: Cannot set properties of undefined (setting '10')
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
// replay: node --import tsx test/fuzz/run.ts --replay 3337075584

for (const [k2, v3] of Object.entries(({ len: 6, y: (-2), a: 10, 0: 4 }))) {
  for (var i4 = 0; i4 <= 2; ++i4) {
    if ([4, (0 / 0), 0.1].concat([1000, 256, (-0), 20, 2.5, 5]).includes(k2.length)) {
      let a5 = Array.from({ length: 6 }, (_, i6) => i6 * 1.5e300);
    } else if (((-2) < 1_000)) {
      let a7 = [(1 / 0), v3, (-0), 9].slice(3, 4);
      if (a7.length < 40) a7.push((8 * 1e-7));
    }
    let n8 = ['zz', "  pad  ", "", "a b c", "hello"].length;
  }
  const o9 = ({ ...({ 10: (+[(-0.1), 2147483647, 1e21, 32, 4, 0xff]) }), y: Math.abs(v3) });
  var n10 = (~"".indexOf("a b c"));
}
const f11 = function (p12, p13, p14 = [1, 2]) {
  const a15 = [3, 3, Math.sqrt(4), 4294967296].filter(p16 => ("-7".length <= (-p16)));
  return (-'12'.indexOf('  pad  '));
};
switch ((0 + "b")) {
  case "a": {
    let x17 = null;
  }
  default:
}
const [n18, n19] = [].filter(p20 => false);
for (const it21 of [32, (1 / 0), 6].map((x22) => x22 + "")) {
  const f23 = (p24 = 7, p25 = 6, ...rest26) => [rest26.indexOf((1 / 0))];
}
if (([1.5, (-3), (0 / 0), 65535, (-1e21), 256].join(" ") === "x,y,z".slice(1, 4))) {
  const n27 = ((+(true || false)) >> ((+[1000, 0, 9, (0 / 0), (-1000), 1e21]) - (2147483647 - 3)));
  var sa28 = "😀x".split(", ");
} else if ((typeof ["  pad  ", "b", "zz", "line\nbreak"] === "number")) {
  const a29 = (("tab\tend" == "a") ? [1.5, 5, 42, 2147483648, 5, (-16)].filter((p30) => false) : [0, 7].slice(3)).slice().sort();
  for (const it33 of Object.keys(({ "10": 5, k1: (-9007199254740991) }))) {
    let caught34 = null;
    try {
      const n35 = (false ? it33 : "ÅÉü").length;
      const b36 = (('-7'[0] ?? "b") >= JSON.stringify(false));
    } catch (e37) {
      caught34 = typeof e37?.message === "string" && e37.message.slice(0, 2) === "u:" ? e37.name + "/" + e37.message : (e37?.name ?? e37);
    }
  }
}
for (let i38 = 3; i38 > 0; i38--) {
  f11(Number("x,y,z"), [...[(-4), (-32), 8, 6, 1e3], ...[1e-7, 0.5, 6, 100]], [].filter((p39) => true));
  let { a: n40 = .5, x: n41, ...o42 } = ({ ...({ 10: (-0), x: 123.456, c: 2 }), z_: (-256) });
}
var sa43 = [...[].filter((p46) => true)].sort((x44, y45) => (x44 < y45 ? 1 : x44 > y45 ? -1 : 0));
const f47 = () => {
  let caught48 = null;
  try {
    let n49 = Math.min();
  } catch (e50) {
    caught48 = typeof e50?.message === "string" && e50.message.slice(0, 2) === "u:" ? e50.name + "/" + e50.message : (e50?.name ?? e50);
    let sa51 = [(-0.2), 1.5].map((x52) => x52 + "");
  } finally {
  }
  return [7, 0.5, 5];
};
return [n18, n19, sa43, (!3)];
