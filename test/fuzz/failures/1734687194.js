// Kitwork fuzz failure, program seed 1734687194
// reason: V8 returned, VM threw
// V8: ok [{"2":NaN,"a":-7,"x":8,"len":0},256,null,0,null,256,"ÅÉÜ"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1734687194

function f1(...rest2) {
  for (let i3 = 8; i3 > 0; i3--) {
    let a4 = [7, 6, 100, (-0), (-7)];
  }
  try {
    return `-${6}-${rest2}\`q`.slice(0, 48);
  } finally {
    const n5 = (7 / 1);
  }
}
for (let i6 = 0; i6 < 7; i6 += 2) {
  for (const it7 of [2.5]) {
    const [n8, n9, ...a10] = [7, ...[4, (0 / 0), 4, 9], ...[(-1), 9, 3, (-20), (-0)]];
    const o11 = ({ y: (0 / 0), b: (1 / 0), c: 5 });
    let a12 = [7, (1 / 0), 1, 9, 0.2, 7];
  }
}
let o13 = ({ "x": 4, c: [9, (0 / 0)].map(p14 => 5).indexOf((+[(-0), 0.5, 6, 16, (-3)])) });
let n15 = 256;
o13 = ({ ...o13, ...o13 });
let caught16 = null;
try {
  o13 = ({ ["c"]: 3 });
  const { x: n17 = 0, c: n18 = 0o17 } = ({ ...o13, ...({ len: 2147483647 }) });
  if ([9, (-0), (-0xff), 1000].includes(n18)) throw { code: (o13.c ?? 2.5) };
} catch (e19) {
  caught16 = typeof e19?.message === "string" && e19.message.slice(0, 2) === "u:" ? e19.name + "/" + e19.message : (e19?.name ?? e19);
}
for (var i20 = 13; i20 > 0; i20--) {
  let a21 = [...[(-.5), 9007199254740993, 9].filter((x22) => x22 === x22).sort((x22, y23) => x22 - y23), ...[(-5e-324), i20, (-9007199254740993), (-4294967296), 7, i20]].slice(0, 16);
  let a24 = a21;
}
o13 = ({ ...({ a: (-7), x: 8, len: 2 }), len: i20 });
const adder25 = (k) => (v) => v + k;
const add26 = adder25((null ?? 1_000));
o13["2"] += (~i20);
const x27 = caught16;
let n28 = (n15 << Math.trunc((i20 ^ 0.1)));
const memo29 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})(['b', "😀x", "a", "a"].length);
for (const it30 of Object.keys(o13)) {
  const f31 = (p32, p33) => {
    var s34 = p32.toUpperCase();
    for (const it35 of ["q\"uote", "  pad  ", 'hello'].slice().sort((x36, y37) => x36.length - y37.length)) {
      if ((1000 > n28)) return [];
      let n38 = (n15 = i20);
    }
    p32 = f1().slice(0, 48);
    n15--;
    return [7, Math.max(), 2.5, 2, (-5e-324), 7];
  };
}
return [o13, n15, caught16, i20, x27, n28, "ÅÉü".toUpperCase()];
