// Kitwork fuzz failure, program seed 1176443572
// reason: V8 returned, VM threw
// V8: ok [undefined,[-9007199254740991,6,8],42]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1176443572

for (let i1 = 14; i1 > 0; i1--) {
  let n2 = (Object.keys(({ "k1": 1, 2: 0, 0: (-1e3) })).length ** 10);
  let caught3 = null;
  try {
    if ((({ 2: 3 }) < [].filter((p4) => true))) continue;
  } catch (e5) {
    caught3 = "outer";
  } finally {
    if (((![10]) && (!({ "c": (-1.5), z_: 3, a: 10, 2: (-.5) })))) {
      ++n2;
      let sa6 = 'ab'.split(",");
      sa6 ||= [(-1 / 0), 5, 5e-324].map((x7) => `${x7}`);
    } else if (true) {
      const b8 = true;
    } else {
      const o9 = ((i1 >= i1) ? (true ? ({ 10: 6, len: (1 / 0), "k1": 7 }) : ({ c: 8, z_: 0 })) : ({ x: i1 }));
      --n2;
    }
  }
  const n10 = [(-16), 10, 10, 7, 1.5e300, 1e3].indexOf((+[0.2]));
}
for (const it11 of Object.keys(({ "b": 2147483647, "10": 4, z_: 1, len: 4294967295 }))) {
  for (let it12 of []) {
    switch ((+[])) {
      default:
        break;
      case 3:
        const s13 = ("3.5" + (-0)).slice(0, 48);
        if (false) continue;
        break;
    }
  }
  let { x: n14, b: n15 = (-1 / 0), len: n16 } = (false ? ({}) : ({ x: 7, k1: 10, "len": (-0), "y": (-0) }));
  let w17 = 0;
  while (w17 < 14) {
    w17++;
    const b18 = ([10, 42, 2, 4, 7].includes(2.5) || (n15 == 0.2));
  }
}
for (let i19 = 0; i19 <= 3; i19 += 1) {
  for (let i20 = 0; i20 <= 3; i20 += 1) {
    const sa21 = ["a b c", "a", "-7", "true"].map(p22 => p22);
    let caught23 = null;
    try {
      const { a: n24 = 4294967295, c: n25 = 7 } = ({ ...({ x: 65535, 0: 1 }), ...({ c: (0 / 0), a: 9 }) });
    } catch (e26) {
      caught23 = typeof e26?.message === "string" && e26.message.slice(0, 2) === "u:" ? e26.name + "/" + e26.message : (e26?.name ?? e26);
      var x27 = `${(Object.keys(({ z_: 2 })).map((p28) => p28) / (("3.5" >= "a b c") || [].includes(42)))}`.slice(0, 48);
    }
  }
}
let [n29, ...a30] = [(-100), (-9007199254740991), 6].concat(8);
n29 = undefined;
let n31 = (false ? 255 : 42);
return [n29, a30, n31];
