// Kitwork fuzz failure, program seed 678613336
// reason: V8 returned, VM threw
// V8: ok [{"b":4,"x":3,"len":1},{"len":8,"k1":5,"x":-Infinity,"b":NaN,"a":0},7,1,-2,2,"3.5"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 678613336

for (let i1 = 0; i1 <= 9; i1++) {
  for (const it2 of Object.keys(({ ...({ b: 1 }), ...({ 10: 7, len: 9007199254740991 }) }))) {
    var o4 = ({ "0": 4, y: ((-0b101) | i1), len: 8, ["n" + 2]: 1, i1 });
  }
  if ((false || true)) {
    switch ('12'.padEnd(0)) {
      default: {
        let o5 = ({ ...({}), k1: (~5) });
        break;
      }
      case "x,y,z": {
        const n6 = (("MiXeD".length & (i1 + 16)) ** 2);
        break;
      }
      case "0":
    }
  } else {
    if (((1 == undefined) !== (typeof null === "string"))) break;
  }
}
let o7 = ({ "b": 4, x: [7, 1e21, 4].length, len: (4 ** 0) });
const o8 = ({ ...({ len: 8, k1: 0b101, x: 1.5, b: (0 / 0) }), a: (+false) });
const f9 = (p10 = 7, p11, p12) => {
  o8.x = p10;
  p12 = [10].map(p13 => p13).concat((+[])).slice(0, 16);
  const f14 = (p15, p16 = [1, 2]) => Object.entries(o7).map((e17) => e17[1]);
  return ({ ...({ ...({}), b: 7 }), ...(false ? o7 : o7) });
};
function rec18(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec18(n - 1) + rec18(n - 2);
}
const [n19 = 4, n20 = 2147483648, ...a21] = [...[7, 1, 4, (-1 / 0)], ...[8, (-3)]];
o7 &&= o7;
let n22 = (~n20);
for (let i23 = 0; i23 < 15; ++i23) {
  let caught24 = null;
  try {
    if (((-1e3) !== n22)) continue;
    if ((false || true)) {
      let o25 = o7;
      let o26 = o8;
    } else if (("Hi there" === "ÅÉü".repeat(1))) {
      const [n27, , n28 = (-1e21)] = Array.from({ length: 4 }, (_, i29) => i29 * 0);
      const n30 = (+"abc,def");
    }
  } catch (e31) {
    caught24 = typeof e31?.message === "string" && e31.message.slice(0, 2) === "u:" ? e31.name + "/" + e31.message : (e31?.name ?? e31);
    const n32 = (n22 + 20);
  } finally {
    f9([0, 8, (1 / 0), (-1e3), 1].reduce((acc33, x34) => acc33 - x34, 2), [...[32, 3]].filter((x35) => x35 === x35).sort((x35, y36) => y36 - x35), a21.slice(0));
  }
  --n22;
}
return [o7, o8, n19, n20, n22, (true ? 2 : n20), "3.5"];
