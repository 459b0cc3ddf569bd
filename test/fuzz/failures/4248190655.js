// Kitwork fuzz failure, program seed 4248190655
// reason: host crash (VM threw a non-guest error)
// V8: ok [null,null,"line\nbreak",[0,4,Infinity,-15]]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'c')
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
// replay: node --import tsx test/fuzz/run.ts --replay 4248190655

let caught1 = null;
try {
  for (var i2 = 0; i2 < 16; i2 += 3) {
    const o3 = ({ "len": i2, 0: 8 });
    const n4 = Math.ceil(Math.trunc((false ?? i2)));
    let [n5] = [4294967296, (-0), 5, 8, 8].slice().sort();
  }
  var x8 = ({ ...({ c: 6, b: 2 }), c: (0 / 0) });
  let caught9 = null;
  try {
    var o10 = ({ ...({ "k1": 2 }), a: i2 });
    if ([0, 3, 5].includes(7)) {
      const a11 = (false ? [1e21, (-1e21), (-5e-324), (-0.2), 8, 20] : []);
      a11.pop();
      let a12 = [...a11.slice().sort().filter((x15) => x15 === x15).sort((x15, y16) => x15 - y16), ...a11.filter((x17) => x17 === x17).sort((x17, y18) => x17 - y18).filter((p19) => (false || false))].slice(0, 16);
    } else {
      const x20 = x8;
    }
    if ("Hi there".slice(0, 3).startsWith([(-1 / 0), 7, (-0.1), 4, .5].join())) throw new RangeError("u:x");
  } catch (e21) {
    caught9 = typeof e21?.message === "string" && e21.message.slice(0, 2) === "u:" ? e21.name + "/" + e21.message : (e21?.name ?? e21);
    let n22 = [32].map((p25) => p25).reduce((acc23, x24) => acc23 * x24, 0);
  } finally {
    let x26 = x8;
  }
} catch (e27) {
  caught1 = typeof e27?.message === "string" && e27.message.slice(0, 2) === "u:" ? e27.name + "/" + e27.message : (e27?.name ?? e27);
}
let caught28 = null;
try {
  let x29 = `${(Math.abs((-20)) + (true ? ({ y: (-4294967295), 0: 1_000, 2: 10, a: 0.1 }) : ({ k1: (-4294967296), z_: 1, c: (-1e-7), 10: 10 })))}`.slice(0, 48);
  let n30 = ((-16) / (1 / 0));
  if ((!Math.min())) throw new Error("u:" + "x,y,z".split(", ").join(", "));
} catch (e31) {
  caught28 = typeof e31?.message === "string" && e31.message.slice(0, 2) === "u:" ? e31.name + "/" + e31.message : (e31?.name ?? e31);
  let n32 = Math.min();
}
if (true) {
  for (const it33 of String(caught28)) {
    var o34 = ({ 10: 9, c: (+[(-16), (-4294967296), 1.5, 4, (1 / 0)]), b: (-2147483648), len: (Number.isInteger((-2.5)) ? 1 : 0) });
  }
  for (let i35 = 9; i35 > 0; i35--) {
    if ((typeof null === "object")) {
      var sa36 = ["a"];
      const x37 = caught1;
      sa36 = Object.keys(({ len: (-1.5e300), "z_": 1 }));
    }
  }
  const a38 = [...[4, (0 / 0), 7, (1 / 0), 10, (-0)]].filter((x39) => x39 === x39).sort((x39, y40) => y40 - x39);
}
let s41 = `:${[4]}-${[(-0), 0o17, 0, 0.2, 4].slice(1, 6).filter((p42) => (!['ÅÉü', 'ÅÉü', "zz", "12"]))}a${["a-b-c"].map(p43 => "b").filter(p44 => (!1_000))} end`.slice(0, 48);
s41 = "line\nbreak";
const n45 = s41.indexOf(s41);
const a46 = ((typeof caught1 === "boolean") ? (false ? [1, 0xff, (-1.5), 0.1] : [(0 / 0), (-1 / 0), 7, 7]) : [n45, 4, (1 / 0), (-0o17)]);
return [caught1, caught28, s41, a46];
