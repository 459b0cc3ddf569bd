// Kitwork fuzz failure, program seed 2193949223
// reason: V8 returned, VM threw
// V8: ok ["function",null,-31]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2193949223

if (Object.keys(({ 2: 16, k1: 3, z_: (-4294967296) })).includes(JSON.stringify(false))) {
  let caught1 = null;
  try {
    let s2 = String(((7 != (-7)) || (false && true))).slice(0, 48);
  } catch (e3) {
    caught1 = typeof e3?.message === "string" && e3.message.slice(0, 2) === "u:" ? e3.name + "/" + e3.message : (e3?.name ?? e3);
  }
  const n4 = (+"0".toUpperCase());
} else if (("" != null)) {
  let w5 = 0;
  while (w5 < 12) {
    w5++;
    for (let i6 = 0; i6 <= 15; i6++) {
      if (('  pad  ' !== 'single')) break;
      const o7 = ({ a: 65535, 2: (i6 - i6), c: (-255) });
    }
    let caught8 = null;
    try {
      let b9 = (!'a'.padEnd(2, ""));
      let s10 = `:${({})}\`q`.slice(0, 48);
      let o11 = ({ ...({ x: 8 }), y: 3 });
      if (((5 & 1) != (4 * (-9007199254740991)))) throw new Error("u:" + ("a b c" + 1e-7));
    } catch (e12) {
      caught8 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
    }
    let w13 = 0;
    while (w13 < 4) {
      w13 += 1;
      var x14 = (1 && ({}));
      var o15 = ({ ...({ b: (-1e-7), x: (0 / 0), "y": (-2147483648) }), a: Number("") });
      var n16 = "😀x".toUpperCase().length;
    }
  }
  for (const it17 of [w5, 7, (1 / 0), 9007199254740993, (0 / 0), 4]) {
    if ([1, (-0.1), 123.456, 9007199254740991, 0xff].map(p18 => it17).includes((+[0xff]))) {
      const x19 = `${([8, 1.5] * Object.keys(({ a: 0, 2: 65535 })).slice(0))}`.slice(0, 48);
      var sa20 = Object.keys(({ "c": (0 / 0) })).slice((-1));
      let { len: n21, b: n22 = (-2147483648) } = ({ 10: (-65535) });
    } else {
      const a23 = [...[(1 / 0), ...[9007199254740991], ...[9007199254740991, 6, 255, 10, 5]], ...[1e3, (-16)].filter((x24) => x24 === x24).sort((x24, y25) => x24 - y25)].concat([2147483648, (-5), (-1 / 0)].concat([]).slice().sort()).slice(0, 16);
    }
    const s28 = ('abc,def' + 0).split(",").join(" ").toLowerCase().slice(0, 48);
  }
} else {
  const n29 = 0;
  const a30 = [(-0)].slice(1, 6);
}
const f31 = (p32, p33, p34) => (p32 = p32);
var s35 = (typeof f31);
let caught36 = null;
try {
  s35 = (s35 + "-7".slice().repeat(0)).slice(-48);
} catch (e37) {
  caught36 = typeof e37?.message === "string" && e37.message.slice(0, 2) === "u:" ? e37.name + "/" + e37.message : (e37?.name ?? e37);
} finally {
}
return [s35, caught36, (-31)];
