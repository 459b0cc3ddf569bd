// Kitwork fuzz failure, program seed 3665347294
// reason: host crash (VM threw a non-guest error)
// V8: ok [8,{"k1":-15,"y":2,"n8":8,"z_":NaN},null,{"k1":-15,"y":2,"n8":8,"z_":NaN},true]
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
// replay: node --import tsx test/fuzz/run.ts --replay 3665347294

if ((false || false)) {
  let b1 = (!(-0));
  let s2 = "😀x".repeat(1).slice(0, 48);
} else {
  const o3 = ({ y: (+[1000, 1_000, (-0.5), (-9007199254740993), 5e-324]), x: (-42), 10: 0.2, z_: 6, ["n" + 2]: 9007199254740993 });
  let { c: n4 = 1, x: n5 = (1 / 0), len: n6 = 256, ...o7 } = o3;
}
const n8 = 8;
if (([] === null)) {
  const n9 = (+(!["b", "  pad  ", "1e3", "12", "back\\slash"].filter(p10 => false)));
}
var o11 = ({ k1: (-0o17), y: 2, n8 });
let caught12 = null;
try {
  const s13 = `\n${0}x=${(JSON.stringify(o11) <= (typeof "hello"))} end`.slice(0, 48);
  for (let i14 = 0; i14 <= 20; i14 += 1) {
    for (let i15 = 0; i15 < 6; i15 += 3) {
      const [n16 = (0 / 0), n17 = (-0.5), ...a18] = [0, 10, (0 / 0), (-1000)].map(p19 => p19);
      o11 = ({ ...o11, z_: (0 / 0) });
      if (a18.length - 1 < a18.length) a18[a18.length - 1] += Math.floor(i15);
    }
  }
} catch (e20) {
  caught12 = typeof e20?.message === "string" && e20.message.slice(0, 2) === "u:" ? e20.name + "/" + e20.message : (e20?.name ?? e20);
} finally {
  let caught21 = null;
  try {
    if (((o11.k1 ?? 16) === (~n8))) {
      let { len: n22 = 0, c: n23 = 6, x: n24 } = ({ 2: 1, k1: 3 });
      if ((n8 < n8)) throw { code: [65535, 31, (-0), 8].reduce((acc25, x26) => acc25 * x26, 1) };
      if ((7 > Math.floor((-4294967296)))) throw new RangeError("u:x");
    } else if (("Hi there" >= "-7")) {
      const o27 = o11;
      let s28 = 'a'.split(",").join(", ").slice(0, 48);
    }
    let caught29 = null;
    try {
      const sa30 = ["back\\slash", "3.5", "hello"].slice((-1));
      const n31 = ((![0xff, (-1 / 0), (-0o17), (-5e-324), 0].join(" ")) ? Math.floor(1e3) : n8);
      if (false) throw [10, 2.5, 8];
    } catch (e32) {
      caught29 = typeof e32?.message === "string" && e32.message.slice(0, 2) === "u:" ? e32.name + "/" + e32.message : (e32?.name ?? e32);
    } finally {
      if ((n8 !== (false || 0))) throw new Error("u:" + String("s"));
      const b33 = ((9 / 3) < (o11["10"] ?? 5e-324));
    }
    o11 ||= ({ "0": 2, z_: 1.5, b: 7 });
    if (((o11 < false) && ("a-b-c" != 'Hi there'))) throw new RangeError("u:x");
  } catch (e34) {
    caught21 = typeof e34?.message === "string" && e34.message.slice(0, 2) === "u:" ? e34.name + "/" + e34.message : (e34?.name ?? e34);
  }
  var sa35 = "1e3".split("|");
}
let o36 = o11;
return [n8, o11, caught12, o36, (({ c: 8, b: 5e-324, "0": (-0b101), y: (-3.75) }) !== caught12)];
