// Kitwork fuzz failure, program seed 1155992010
// reason: host crash (VM threw a non-guest error)
// V8: ok [{"10":8,"c":4},"false",{"b":3,"c":-7,"a":3.75,"y":6},null,0,NaN]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'k1')
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
// replay: node --import tsx test/fuzz/run.ts --replay 1155992010

for (const it1 of "Hi there".split(", ")) {
  switch ((~.5)) {
    case 1: {
      if ((!({ ...({ 0: 10, c: (-2147483648), 10: 65535, len: 0.2 }), z_: (-1) }))) continue;
      break;
    }
  }
  const a2 = ((0.1 == 0) ? [...[1000, 256, (-1.5e300), 256, (-65535)]].filter((x3) => x3 === x3).sort((x3, y4) => y4 - x3) : [...[2147483647, 65535, (-9007199254740993), 5, 8], ...[]]).filter(p5 => (((0 / 0) < p5) || ("s" == undefined))).slice(0, 16);
  const f6 = function (...rest7) {
    const [s8 = "3.5", s9 = "hello"] = ["b", "3.5"];
    const o10 = (rest7.includes(65535) ? ({ ...({ c: (-.5), k1: 1000 }), ...({ 10: (0 / 0), "c": 1e-7 }) }) : ({}));
    return ("a b c" ?? (1e21 | 1.5e300));
  };
}
const n11 = (({ "c": 4, 10: 8 }) ?? ((-1000) + 3.75));
var s12 = JSON.stringify("a b c".toUpperCase().startsWith("😀x".split(",").join(","))).slice(0, 48);
const s13 = s12;
for (let it14 of [(-0), 0, 10]) {
  for (const it15 of Object.keys(({ 2: 3, ["n" + 2]: (-2147483648), it14 }))) {
    const o16 = ({ k1: (~(n11 / 5)), ["n" + 2]: 2, it14 });
  }
  var a17 = [0, .5, (-0), 2].map(p18 => p18).slice((-2), 1);
}
const o19 = (false ? ({ c: 3 }) : (true ? ({ b: 3, "c": (-7), a: 3.75, y: 6 }) : ({})));
for (let i20 = 0; i20 <= 13; i20++) {
  if (((i20 * (-1 / 0)) > (i20 / (0 / 0)))) {
    if ((true || false)) {
      o19["a"] += s13.length;
      let n21 = (o19?.x ?? 8);
    }
    switch ([(-0)].join(" ")) {
      case "hello": {
        const x22 = `${([] ?? (s13 % "ÅÉü"))}`.slice(0, 48);
        s12 = (i20 + "MiXeD").slice(0, 48);
      }
      case "0":
        var o23 = (`\n${[123.456, (0 / 0), 0, (0 / 0), 3]}:${true}x=${true} end`.includes('1e3'.padStart(9)) ? ({ "0": 0, "c": 2 }) : ({ ...o19, y: Math.sign(i20) }));
        break;
      case "x,y,z":
        let sa24 = ["ab", '😀x', 'true', 'true', "abc,def"].slice((-2));
        break;
      case "a":
        const o25 = o19;
        break;
    }
    var n26 = (["x,y,z", "ÅÉü", 'ab', "0", "a"].slice(2).length * ((i20 <= (-7)) ? ((-1e-7) * n11) : 6));
  }
}
let caught27 = null;
try {
  const x28 = null;
  const a29 = Object.entries(o19).map((e30) => e30[1]);
  if ((!({ "k1": 1, a: 9007199254740991, 10: 2 }))) throw Math.abs(n11);
} catch (e31) {
  caught27 = typeof e31?.message === "string" && e31.message.slice(0, 2) === "u:" ? e31.name + "/" + e31.message : (e31?.name ?? e31);
}
return [n11, s12, o19, caught27, (Number.isInteger(n11) ? 1 : 0), (n11 / n11)];
