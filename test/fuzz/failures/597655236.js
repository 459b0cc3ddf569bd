// Kitwork fuzz failure, program seed 597655236
// reason: V8 returned, VM threw
// V8: ok [[0,7,14,21,28,0,-1.5e+300],"boolean",1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 597655236

const f1 = (p2, p3) => {
  if ((31 === (-4294967296))) {
    let sa4 = ["0"];
  }
  const n5 = (+(((0 / 0) + "abc,def") <= "q\"uote".toUpperCase()));
  return p3;
};
for (const [k7, v8] of Object.entries(({ ...({ y: (-7), "k1": 5, 2: (-2147483647), len: 2 }), c: 5 }))) {
  let n9 = v8;
  if ((![4, 1e-7, (-9007199254740991), (-1000)].length)) continue;
  const n10 = (n9 += (v8 - n9));
}
f1("-7", []);
const a11 = Array.from({ length: 5 }, (_, i12) => i12 * 7);
if (a11.length < 40) a11.push((+[]), (-1.5e300));
if ((false || false)) {
  let w13 = 0;
  do {
    w13++;
    if (((-0) === (0 / 0))) {
      let o14 = ({ ...({ len: (-123.456), x: 4 }), z_: Math.abs(5) });
    } else if (("0" > "\u0041\x42")) {
      const b15 = (`:${('single' < '0')}` >= ("12".padStart(10, "") + `:${"abc,def"}$${9007199254740991}a${[]}`));
    }
    const a16 = a11.map(p17 => (p17 | Math.round(p17)));
    if ((0 !== 0)) {
      const sa18 = ["a-b-c", "true", "Hi there"];
      const n19 = ((false ? 5 : 10) >>> Number("12"));
      const n20 = Math.ceil(sa18.length);
    } else if ((![0xff, .5, 3, 3])) {
      if (a11.length < 40) a11.push((1_000 ** (-1)));
    }
  } while (w13 < 9);
  if ((typeof (true ? ["abc,def", "-7", "zz"] : null) === "undefined")) {
    let caught21 = null;
    try {
      let s22 = 'single';
      s22 = (s22 + s22.padEnd(9, "")).slice(0, 48);
      const o23 = ({ ...({ len: 4, k1: 9 }), x: w13 });
      if ((Math.trunc(8) >= (w13 - w13))) throw "MiXeD";
    } catch (e24) {
      caught21 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
      const n25 = w13;
    }
    let w26 = 0;
    while (w26 < 19) {
      w26++;
      f1((0b101).toFixed(3), [].slice().sort());
    }
    let caught29 = null;
    try {
      const a30 = [(w13 ** 0.5), (-16), 9007199254740993, 1e21];
      let s31 = 'MiXeD'.repeat(3).slice(0, 48);
      if ((typeof undefined === "number")) throw new Error("u:" + s31.repeat(3));
    } catch (e32) {
      caught29 = "outer";
    } finally {
    }
  }
}
return [a11, (typeof true), Math.sign(3)];
