// Kitwork fuzz failure, program seed 1620568630
// reason: host crash (VM threw a non-guest error)
// V8: ok [false,-4294967298,10000,[],["-7"],[-4294967296,-5,1.5,3.75,4],"zz",-4294967297]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'a')
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
// replay: node --import tsx test/fuzz/run.ts --replay 1620568630

function f1() {
  var o2 = ({ "a": (+({ b: 4, c: 1_000, "0": 3 })), 2: (-255), c: (((-1e-7) + 0) % (false + 0.5)) });
  const f3 = () => ([10, (-1 / 0), 3.75, 2147483648, (-1)].indexOf((-2.5)) < Math.sign((-100)));
  const s4 = (JSON.stringify((true ? o2 : o2)) + ("😀x".repeat(1)[3] ?? "")).slice(0, 48);
  let [s5, s6 = '😀x'] = [];
  return [].filter((x7) => x7 === x7).sort((x7, y8) => x7 - y8).concat((1e21 + 3)).slice(0, 16);
}
let b9 = true;
let n10 = Math.floor((-4294967295));
let n11 = (-100);
if ((!"MiXeD")) {
  const s12 = "x,y,z".slice(0, (-2));
} else if (Array.isArray((true ? "-7" : null))) {
  let [n13, ...a14] = f1();
  const x15 = (b9 ? [(0 / 0), 7, 9, 32, (-5)] : undefined);
} else {
  n10 ||= ([1, 1, 3.75, 20, 2, 0].includes(n11) + (n10++));
}
const a16 = f1().filter((p17) => (!['a b c', 'hello'])).map((p18) => [1e-7, 3, 9007199254740991, 6, 1, 1].map(p21 => 1.5e300).reduce((acc19, x20) => acc19 * x20, 1)).slice(0, 16);
n11 **= 2;
for (let i22 = 0; i22 < 1; i22 += 2) {
  for (let i23 = 6; i23 > 0; i23--) {
    b9 = ((0xff != 255) && false);
  }
  switch ((a16[(-.5)] ?? (-0))) {
    case (0 / 0):
      break;
    case 3: {
      if ((1_000 != n10)) {
        const { x: n24 = (-4294967295), b: n25 = 1, ...o26 } = ({ a: n11, k1: 6, c: 3, n10 });
      }
      break;
    }
    case 2: {
      break;
    }
    case (-0): {
      let x27 = [["ab", "3.5"], (+a16), (true ? i22 : 32)];
      for (let i28 = 14; i28 > 0; i28--) {
        const b29 = (false || Number.isInteger(i28));
        const x30 = [];
        const sa31 = "-7".slice(0, 8).split(",");
      }
    }
    default: {
      if (true) continue;
      break;
    }
  }
}
b9 = b9;
let sa32 = ['-7'].slice().sort((x33, y34) => x33.length - y34.length);
const a35 = [4, ...[(-4294967296), 1.5, (-5), 3.75], ...a16].slice().sort().slice(0, 16);
n10 -= "ÅÉü".length;
return [b9, n10, n11, a16, sa32, a35, "zz".toLowerCase(), (++n10)];
