// Kitwork fuzz failure, program seed 1504219762
// reason: V8 returned, VM threw
// V8: ok [5,18,324,true]
// VM: throw TypeError: TypeError: adder23 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 1504219762

for (let i1 = 3; i1 > 0; i1--) {
  if (((!"-7") && ("  pad  " < "MiXeD"))) break;
  if ((({ 0: 10, z_: (1 / 0), 2: 9, b: 8 }) != false)) {
    for (const it2 of [4, 8, i1, 3]) {
      let x3 = ([] && (true ? it2 : null));
      const a4 = [(-0), ...[8], ...[10, 6, 2147483647]].slice(0, 16);
      x3 = x3;
    }
  } else if ((!false)) {
    for (let i5 = 0; i5 <= 5; ++i5) {
      let s6 = (typeof ({}));
      const s7 = JSON.stringify(2, null, 0).slice(6).slice(0, 48);
      let o8 = ({ ...({ ...({ 10: (-0.5), z_: (0 / 0) }), k1: i1 }), y: (-0) });
    }
    let { c: n9 = (-0) } = ({ ...({ 0: 3, z_: 32, len: 1, 2: 2 }), ...({ z_: 123.456, x: 1e21 }) });
  } else {
    const s10 = (typeof ("hello"[1] ?? "a"));
  }
}
const n11 = 5;
let w12 = 0;
do {
  w12++;
  switch ((9 + 256)) {
    case 10:
      break;
    default:
      let caught13 = null;
      try {
        const [n14, n15 = 5, n16 = 2, ...a17] = [5, 3, (-4294967295)].filter((p18) => true);
        if ((n15 == n15)) throw new Error("u:" + "a-b-c".slice(0, 3));
        const n19 = ("0".length * (n16 ^ n15));
      } catch (e20) {
        caught13 = typeof e20?.message === "string" && e20.message.slice(0, 2) === "u:" ? e20.name + "/" + e20.message : (e20?.name ?? e20);
      }
      const b21 = ((caught13 !== undefined) && false);
      break;
  }
} while (w12 < 18);
for (const it22 of ["line\nbreak", 'a-b-c', "1e3"].concat(['ab', "a-b-c"])) {
  const adder23 = (k) => (v) => v - k;
  const add24 = adder23((+[(-0xff), 2, 2, 0, 10, 20]));
  switch ((+it22)) {
    default:
    case 10:
      for (const it25 of [(-1e21), 4, 2, 5, 4, 42]) {
        const { a: n26 = 4294967296, c: n27 = 10, b: n28 = 42 } = ({ n11 });
      }
      break;
    case (-1):
      break;
  }
  const n29 = Math.trunc(((w12 < w12) ? 2147483648 : n11));
}
return [n11, w12, (w12 * w12), (42 !== w12)];
