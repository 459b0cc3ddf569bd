// Kitwork fuzz failure, program seed 3307879831
// reason: host crash (VM threw a non-guest error)
// V8: ok [false,[8]]
// VM: crash: TypeError: Cannot set properties of undefined (setting '0')
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
// replay: node --import tsx test/fuzz/run.ts --replay 3307879831

const b1 = (typeof ((false ? ({}) : ({ k1: 7, len: (-1_000) })) % []) === "undefined");
if ((null == undefined)) {
  const n2 = `:${false}-${(1 / 0)} ${[]} end`.length;
} else {
  for (var i3 = 0; i3 < 9; i3 += 1) {
    if (false) {
      const [n4 = 32] = [(0 / 0), (-65535), 6, (0 / 0)].map((p5) => (1 / 0));
    }
  }
}
let caught6 = null;
try {
  switch ([(-2), 8, 3, (-0.5)].indexOf(0)) {
    default: {
    }
    case 2:
      for (let it7 of [(1 / 0), 3, 3, 1000, 9007199254740993, 9]) {
        const o8 = ({ 0: (+[(-16), 5, 1e-7, 1e3, 1, 16]), it7 });
      }
    case (-0):
      let caught9 = null;
      try {
        const b10 = b1;
        if ((false || false)) throw undefined;
        const b11 = ((false ? (-2147483648) : 3.75) > ((-8) + (-0)));
        if (((-5) !== Math.min((0 / 0)))) throw [8];
      } finally {
        let s12 = [8, (-1e-7), 10, 42, 0.1, (-4)].join(", ").slice(4).slice(0, 48);
      }
      break;
  }
  const f13 = (p14 = 'ÅÉü', p15, p16) => {
    let { c: n17 } = (false ? ({ y: .5, c: 31, z_: 9 }) : ({ 0: (-0), b: 10, k1: (-3.75) }));
    if ((JSON.stringify(["zz", "-7", "3.5", "3.5"]) < 'Hi there'.toUpperCase())) {
      if ((!p14.slice())) {
        p16 >>= p16;
        p15 = (p16 ** 1);
        let { b: n18 = (-1e3), c: n19 = 3 } = ({});
      } else if ((typeof (b1 ? p14 : undefined) === "boolean")) {
        const x20 = (null && p14);
      } else {
        --p16;
      }
      const s21 = p14.toUpperCase();
    } else if (("a b c" == null)) {
      let sa22 = ["abc,def", "a b c"].filter((p23) => true);
      n17 = null;
    } else {
      const o24 = ({ c: (Math.abs(100) / (-20)), 0: 1, y: "".toLowerCase().indexOf((typeof ['1e3', "3.5"])) });
    }
    return p14;
  };
  let o25 = ({ 0: Math.abs((-256)) });
  if (((65535 === 4) && (b1 && true))) throw [7, 2, 1e-7, (-2.5), 4294967296];
} catch (e26) {
  caught6 = typeof e26?.message === "string" && e26.message.slice(0, 2) === "u:" ? e26.name + "/" + e26.message : (e26?.name ?? e26);
} finally {
}
return [b1, caught6];
