// Kitwork fuzz failure, program seed 2047706244
// reason: V8 returned, VM threw
// V8: ok [undefined,true,[0],12884901888,true,{"0":7,"2":16,"y":12884901888,"z_":-32},1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2047706244

let x1 = undefined;
const memo2 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})((10 ** 2));
for (const it3 of [(-0), (0 / 0), 0xff]) {
  let b4 = '  pad  '.split("-").slice((-1)).includes(`:${("Hi there" * ["  pad  ", "0"])}:${x1?.length}`);
  const s5 = (typeof (false && true)).toUpperCase();
}
switch (memo2(3.75)) {
  case (0 / 0): {
    let s6 = String([4294967296, 1].map(p7 => p7).map(p8 => (p8 >> p8))).slice(0, 48);
    break;
  }
  default:
    break;
  case 1:
  case "1":
    for (const it9 of [9, (-1 / 0), 123.456, (-1.5), 1, 1000]) {
      if ((true && true)) continue;
      let s10 = ('  pad  ' + "abc,def").slice(0, 48);
      for (let i11 = 0; i11 < 20; i11 += 3) {
        x1 = undefined;
        s10 = (s10 + "").slice(0, 48);
      }
    }
}
let b12 = (((x1 ?? ({ c: (-256), z_: 16, "b": (-0) })) ?? [(0 / 0), 4294967296, 9, (0 / 0), 4].reduce((acc13, x14) => acc13 * x14, 0)) <= ((-5) & ((-7) << 8)));
b12 = b12;
function rec15(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec15(s, n - 1);
}
if (((0 / 0) === 1.5)) {
  const o16 = ({ ...({ ...({ c: (1 / 0), 0: 31, "2": (-5) }), b: 4 }), ...({}) });
  let s17 = (typeof ({ "b": (0 ?? 0), z_: 0xff, 0: [].indexOf(5), ["k" + 1]: (-65535) }));
} else if ((!({ ...({ a: (-.5), z_: 8 }), ...({ "c": (-5e-324), z_: 3 }) }))) {
  const n18 = ["12"].length;
} else {
  for (const it19 of Object.keys(({ "b": (-0.1) }))) {
    b12 = (b12 || true);
  }
}
let a20 = Array.from({ length: 1 }, (_, i21) => i21 * 1000);
let n22 = (((-2) * (-2147483648)) * (7 % 4));
for (const it23 of [4].map((x24) => `${x24}`)) {
  rec15(it23.padStart(3, "0"), memo2(n22));
}
let b25 = b12;
let o26 = (b25 ? (a20.includes(n22) ? ({ "k1": 9, y: 3, 10: (-0), 2: 100 }) : ({ 0: 7, "2": 16, "y": n22, z_: (-32) })) : ({}));
return [x1, b12, a20, n22, b25, o26, a20.length];
