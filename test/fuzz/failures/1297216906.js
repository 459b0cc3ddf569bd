// Kitwork fuzz failure, program seed 1297216906
// reason: V8 returned, VM threw
// V8: ok [[],{"10":7,"c":-3.75,"k1":0,"z_":0},"-[object Object]",false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1297216906

if ((!({ len: (-0.5), y: 5, "10": 0, x: (-1 / 0) }))) {
  let w1 = 0;
  while (w1 < 13) {
    w1++;
    const o2 = ({ z_: 1.5, a: Math.floor((-42)) });
    const a3 = [31, ...[10, 42], ...[(-0), 1.5, 4]].slice(0, 16);
  }
} else if ((4 < 2.5)) {
  let caught4 = null;
  try {
    const n5 = (+[]);
  } catch (e6) {
    caught4 = "outer";
  } finally {
    let s7 = "hello".toUpperCase();
  }
  if ([8, 5, 20, 4294967296, 9, 10].filter((p8) => false).includes(Math.round(1))) {
    for (let [k10, v11] of Object.entries(({ x: (-0b101), c: (-1), b: 2, a: 9 }))) {
      let s12 = 'ÅÉü'.repeat(2).slice(0, 48);
      const n13 = (((-0.5) == 7) + (v11 * (-2147483648)));
      var b14 = (s12.slice(2, 7) === "ab");
    }
    const sa15 = Object.keys(({ a: 8, y: 3 }));
    var s16 = "".split(", ").join("");
  } else {
    for (const it17 of ["0", "x,y,z", "x,y,z", '3.5'].filter(p18 => false)) {
      var b19 = false;
    }
    for (const it20 of Object.keys(({ 2: (0 / 0), a: 4294967296 }))) {
      const s21 = it20;
      const o22 = ({ a: 9, 2: 4, 0: 10, "x": 1.5e300 });
      const s23 = s21.repeat(3).slice(0, 48);
    }
  }
} else {
  let o24 = ({ a: 7, x: 0 });
  for (let [k26, v27] of Object.entries(o24)) {
    for (var i28 = 0; i28 <= 3; ++i28) {
      o24 = o24;
      var b29 = (true || false);
    }
  }
}
if ([(-1.5e300), 7, 0, (-10), (-1000), (-0)].filter(p30 => false).includes((+[10, (-4), 5, 20, (-0b101), (-0o17)]))) {
  let o31 = ({ ...({ "10": 1_000, "0": 1.5 }), ...({ 2: 7, x: 3, "0": 20, c: (-0.2) }) });
  for (let i32 = 16; i32 > 0; i32--) {
    const s33 = String([0.5, 0b101, (0 / 0), 4, 32].map((p34, i35) => (-0))).toUpperCase().slice(0, 48);
    o31 = ({ ...o31, ...o31 });
  }
} else {
  let a36 = [20, ...[4, 0b101, 7, (0 / 0), 7], ...[(0 / 0), 7]].filter((x37) => x37 === x37).sort((x37, y38) => x37 - y38).slice().sort().slice(0, 16);
}
let x41 = ([] ?? undefined);
const o42 = (([true] !== undefined) ? ({ c: (-3.75), k1: 0, "10": Math.trunc(7), z_: (0 / 4) }) : ({ y: 3, a: (1.5 | 8), "0": 6, ["k" + 1]: 1 }));
return [x41, o42, `-${({})}`, false];
