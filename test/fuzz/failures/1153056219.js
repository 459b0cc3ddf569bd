// Kitwork fuzz failure, program seed 1153056219
// reason: host crash (VM threw a non-guest error)
// V8: ok [null,undefined,"line\nbreak,back\\slash"]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'z_')
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
// replay: node --import tsx test/fuzz/run.ts --replay 1153056219

for (const it1 of [256, (-0), 4, 4]) {
  for (let i2 = 0; i2 < 13; i2 += 3) {
    if ((1e-7 < i2)) {
      let x3 = [[0].filter((x4) => x4 === x4).sort((x4, y5) => x4 - y5), ({ z_: 2, 0: 3, "2": 10, len: (-0) })];
      if ((true || true)) continue;
    } else if ((i2 > it1)) {
      const [n6, n7, n8 = (-1e21)] = [].slice().sort();
      let [s11 = 'b', s12 = "0"] = ['ab', "ab"].map(p13 => "zz");
    } else {
      var x14 = ({ len: 2, 0: 10, z_: (+[]), 10: (-16) });
      let n15 = it1;
    }
    const o16 = ({});
  }
}
let { a: n17, x: n18 } = ({ "a": (-20), "0": 100 });
switch ([4294967296, 5].length) {
  case 0:
    let o19 = ({ ...({ c: Math.floor((-1000)), a: 'single'.length, "x": 1, "2": 1.5e300 }), ...((1000 > 9) ? ({ a: 2, 0: (-20), k1: 9 }) : ({ k1: 5e-324 })) });
    break;
  default:
    n17 = null;
    break;
}
for (const it20 of [3, (-1_000), 4, 9007199254740991, (-0), (-5e-324)]) {
  let caught21 = null;
  try {
    const [n22 = 1e21] = [].concat([]);
    if (('12'.padStart(8, "") > "😀x".slice())) throw new TypeError("u:x");
    if (true) {
      var b23 = (!n18);
      let o24 = ({ z_: 3, n22 });
    } else {
      if (("MiXeD".slice((-2)) <= ("a b c" + "12"))) throw '  pad  ';
      n17 ||= `${(["0", 'ab'].includes('a-b-c') % ({ k1: (-255), "c": it20, 10: (-0) }))}`.slice(0, 48);
    }
  } catch {
    caught21 = "caught";
  }
  if (([(-0), 6, (-65535)].reduce((acc25, x26) => acc25 - x26, 2) != Math.floor(it20))) {
    let [, n27, n28 = (-1)] = Array.from({ length: 4 }, (_, i29) => i29 * 4);
    let s30 = ((-1 / 0) + '1e3').slice(0, 48);
    var o31 = ({ ...({ ...({ k1: 5e-324, "x": n28, a: 4 }), z_: (true + .5) }), b: it20 });
  } else if ((!["hello", "a b c", "true", "-7", "3.5"])) {
    let w32 = 0;
    while (w32 < 16) {
      w32++;
      const o33 = ({ ...({ a: 9, y: 6, "c": 0xff }), z_: it20 });
      n18 = null;
      var b34 = ([(0 / 0), 0, 1, 65535, .5, 32].map(p35 => 0).includes(Math.sign(it20)) || (0xff != 'ab'.length));
    }
    var x36 = ((null ?? [8]) || ({ ...({ y: 20, b: (-0), 2: (-1 / 0) }), x: w32 }));
  }
}
return [n17, n18, ["line\nbreak", "back\\slash"].join()];
