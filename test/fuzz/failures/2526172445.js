// Kitwork fuzz failure, program seed 2526172445
// reason: host crash (VM threw a non-guest error)
// V8: ok [null,"-5zz",false]
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
// replay: node --import tsx test/fuzz/run.ts --replay 2526172445

const f1 = (p2 = 'hello', p3 = "hello", ...rest4) => {
  for (let it5 of [(-0.1), 5, (-1e-7)]) {
    p2 = (p2 + "b").slice(0, 48);
  }
  return ({});
};
function f6() {
  const o7 = ({ 0: (-9007199254740991), x: (+[].slice(0)) });
  function f8(p9, p10) {
    for (let i11 = 0; i11 < 8; i11 += 2) {
      const { c: n12 = (-1.5), ...o13 } = (false ? o7 : ({}));
      const b14 = ('a b c'.charCodeAt(0) === (i11 % p10));
      for (let i15 = 12; i15 > 0; i15--) {
        p10 = 'single'.length;
        const { b: n16 = 9007199254740991, ...o17 } = o7;
      }
    }
    ++p10;
    return (-p10);
  }
  let caught18 = null;
  try {
    for (var i19 = 0; i19 < 4; ++i19) {
      const x20 = `${f1('a'.repeat(3))}`.slice(0, 48);
    }
    if ((0 === i19)) throw null;
  } catch {
    caught18 = "caught";
  }
  return caught18?.p?.length;
}
let caught21 = null;
try {
  const a22 = (false ? [0, 3.75] : []);
  const o23 = ({ y: (123.456 + (2 * (-65535))), 10: (-("s" ?? 7)), x: 0b101, k1: ((10 + 3) / (({}) ?? 6)) });
} catch (e24) {
  caught21 = "outer";
} finally {
  function f25(p26) {
    const f27 = function (p28, p29, p30 = [1, 2]) {
      if ((true && true)) {
        if (p30.length < 64) p30.push("ÅÉü".indexOf("1e3"));
      } else {
        const { b: n31 = 1.5 } = ({ ...({ len: (-0.2), "b": 5, "y": 9007199254740993 }), z_: 2 });
        if (p28.length < 20) p28.push((n31 % 10), p28.length);
      }
      let caught32 = null;
      try {
        const o33 = ({ a: (-256), 0: ((1e3 + (-7)) / Math.sqrt(2)), c: 2.5 });
        if (false) {
          f6();
          let s34 = (Object.keys(o33).join(" ")[3] ?? 'x,y,z').slice(0, 48);
          const { b: n35 } = ({ ...o33, ...o33 });
        } else if (([] !== null)) {
        }
      } catch (e36) {
        caught32 = typeof e36?.message === "string" && e36.message.slice(0, 2) === "u:" ? e36.name + "/" + e36.message : (e36?.name ?? e36);
      }
      return p28.map(p37 => p37);
    };
    return [...f27([6], "a-b-c", [(-0xff), 8, (0 / 0), 1000]), ...(false ? [(-0.2)] : [1.5e300, 2147483647, 0, 1, 8])].slice(0, 16);
  }
}
return [caught21, ((-0b101) + 'zz'), (3.75 < 1)];
