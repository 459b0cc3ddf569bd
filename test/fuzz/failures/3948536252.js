// Kitwork fuzz failure, program seed 3948536252
// reason: host crash (VM threw a non-guest error)
// V8: ok [-1000,11,9,-255,-2.5,{"10":5,"x":4},3]
// VM: crash: TypeError: Cannot set properties of undefined (setting '0')
//         at Interpreter.objectSpread (/work/main/src/vm/interpreter.ts:1310:21)
//         at Interpreter.run (/work/main/src/vm/interpreter.ts:795:16)
//         at Interpreter.loop (/work/main/src/vm/interpreter.ts:473:21)
//         at Interpreter.execute (/work/main/src/vm/interpreter.ts:139:16)
//         at <anonymous> (/work/main/src/runtime/runtime.ts:77:52)
//         at Runtime.settle (/work/main/src/runtime/runtime.ts:84:11)
//         at Runtime.run (/work/main/src/runtime/runtime.ts:77:17)
//         at Runtime.runToEnd (/work/main/src/runtime/runtime.ts:115:20)
//         at Object.evaluate (/work/main/src/runtime/runtime.ts:168:33)
//         at <anonymous> (/work/main/test/fuzz/harness.ts:169:31)
// replay: node --import tsx test/fuzz/run.ts --replay 3948536252

for (let i1 = 2; i1 > 0; i1--) {
  const o2 = ({ ...({ b: (-1), "0": (+[]), c: (-i1) }), len: i1 });
  o2["2"] ??= [31, 7, 10].reduce((acc3, x4) => acc3 - x4, 1);
  for (let i5 = 0; i5 < 3; i5 += 2) {
    for (var i6 = 0; i6 < 3; ++i6) {
      if ((true || true)) continue;
    }
    if (((+"😀x") !== i5)) {
      o2.k1 = '  pad  '.length;
      if ([].includes('MiXeD')) continue;
    } else {
      const [, n7 = (-65535), ...a8] = [6, 255, 8, 8].concat([(-0), 0b101, 2, 3]);
      const o9 = ((false || true) ? o2 : o2);
    }
  }
}
const n10 = (-1_000);
let w11 = 0;
do {
  w11++;
  function f12(p13, p14 = (-2147483647), p15) {
    for (let i16 = 1; i16 > 0; i16--) {
      var s17 = ([...[5e-324, 5, 4, 31, 5, 10], ...[]].reduce((acc18, x19) => acc18 + x19, 2) + (("zz" == "ÅÉü") ? "b" : "x,y,z")).slice(0, 48);
    }
    const f20 = (p21, p22, p23) => [(-4294967296), 0.2, (-0o17), (-5), 1000, 9007199254740993].reduce((acc24, x25) => acc24 + x25, 1);
    const b26 = ([9, 0, (-4294967296)].length < p15);
    return "-7";
  }
} while (w11 < 11);
let w27 = 0;
while (w27 < 9) {
  w27 += 1;
  let n28 = w11;
  ++n28;
}
let { len: n29 = (-0xff), b: n30 = 9, ...o31 } = ({ b: (-2.5), "x": 4, 10: 5 });
for (const it32 of [4, 9007199254740991, 9, 1.5e300, 1000]) {
  switch ((false + w11)) {
    case 0: {
      n29 = (n10 >>> (+"x,y,z"));
      break;
    }
    case (0 / 0):
    case "1":
      const a33 = [1, (0 / 0), (-100), 4294967295].filter(p34 => false).slice().sort().map((p37) => ([(-42), 6, 100, (-0o17), 8, 5e-324].includes(1) + (true + n29)));
      if (((false && true) || (null == null))) {
        o31["0"] = ((-1 / 0) / (0 / 0));
        let a38 = ["3.5", '1e3', '😀x'].map((q39) => q39.length);
      }
      break;
    case 3: {
      n29 = (--n29);
      break;
    }
  }
}
return [n10, w11, w27, n29, n30, o31, [(1 / 0), 8, 2147483648].length];
