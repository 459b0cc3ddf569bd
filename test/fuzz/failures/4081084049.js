// Kitwork fuzz failure, program seed 4081084049
// reason: host crash (VM threw a non-guest error)
// V8: ok [["MiXeD"],[-0,-255,-65535,-4294967296],"c,def",0.5]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'r')
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
// replay: node --import tsx test/fuzz/run.ts --replay 4081084049

for (let it1 of "MiXeD".split("|")) {
  const n2 = Math.ceil(Math.sign(1e3));
  for (const it3 of [(-1 / 0)]) {
    const s4 = it1;
    const s5 = s4.charAt(4);
    const o7 = ({ b: (-255), z_: n2, "2": 1e3, k1: (0 / 0) });
  }
}
const sa8 = ["MiXeD"].slice().sort((x9, y10) => x9.length - y10.length);
for (const it11 of [2, 123.456, 3, 10, (-2147483647), 255]) {
  const n12 = [1, 8, 256].map((x13) => `${x13}`).length;
  for (let i14 = 0; i14 < 6; i14 += 2) {
    if ((("null" + "b") !== "hello")) break;
    let w15 = 0;
    do {
      w15++;
      const b16 = ((32 + n12) < [2, 8, 5e-324, (0 / 0), 6].indexOf(i14));
      if ([4, 9, 1e21, 4].includes(i14)) continue;
    } while (w15 < 1);
    const b17 = (4294967296 < w15);
  }
  if (((8 - it11) < 9)) {
    var x18 = `${({ p: (true ? sa8 : null), q: { r: (({ len: 8, y: 8, a: 3 }) / ({ b: 4, y: 1000, 10: 5 })) } })}`.slice(0, 48);
    let caught19 = null;
    try {
      let a20 = [3].slice().sort();
      const a23 = a20.filter(p24 => (it11 === 6));
      let n25 = "null".slice().indexOf(`:${x18}\n${["b", '12', "x,y,z"]}!`);
      if ((("ÅÉü" + it11) === ({ ...({ len: 7, 10: 6 }), len: n12 }))) throw Math.max(it11, 9);
    } catch (e26) {
      caught19 = typeof e26?.message === "string" && e26.message.slice(0, 2) === "u:" ? e26.name + "/" + e26.message : (e26?.name ?? e26);
    }
    for (const it27 of [it11, 1, 10, (1 / 0), 0.2, n12]) {
      const sa28 = sa8.slice(0);
    }
  } else if ((it11 > 2)) {
    let caught29 = null;
    try {
      var x30 = sa8[2];
      const x31 = ({ ...({ 2: (-0), "z_": (1 / 0) }), c: n12 });
      const a32 = [].map((p33, i34) => i34).concat([1e-7, (1 / 0)].filter((x35) => x35 === x35).sort((x35, y36) => x35 - y36)).slice(0, 16);
    } catch (e37) {
      caught29 = typeof e37?.message === "string" && e37.message.slice(0, 2) === "u:" ? e37.name + "/" + e37.message : (e37?.name ?? e37);
    }
  }
}
const a38 = [...[(1 / 0), ...[2, (-4294967296), (-65535), 8, 4], ...[(-0), 3, 4294967295, (-255)]]].filter((x39) => x39 === x39).sort((x39, y40) => y40 - x39).filter((p41) => ((0 >= p41) && ("abc,def" > "12"))).slice(0, 16);
const s42 = "abc,def".slice(2, 7);
switch ((+s42)) {
  case 0:
    break;
  case 10:
    let o43 = ({});
    let b44 = ((1 < 2) && (null == null));
    break;
  default:
}
return [sa8, a38, s42, (4 / 8)];
