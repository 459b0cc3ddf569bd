// Kitwork fuzz failure, program seed 509575869
// reason: V8 returned, VM threw
// V8: ok [{"2":1,"k1":7,"y":5e-324},{"x":-5,"c":9},false,false]
// VM: throw TypeError: TypeError: f1 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 509575869

const f1 = (p2, p3 = 2, p4) => {
  p4 = (9 - (-1000));
  p4 <<= (-p3);
  --p3;
  let s5 = ("abc,def".split("|").join("-").repeat(1)[1] ?? '').slice(0, 48);
  return ((null === undefined) || Number.isInteger(p4));
};
for (const it6 of Object.keys(({ "k1": 4, x: 100, "y": 3 }))) {
  for (var i7 = 0; i7 < 8; i7 += 1) {
    f1((i7 + i7), i7, (+[(-3.75), 9, 3.75, 6]));
    var a9 = [2147483648, 6].slice((-3));
    const a10 = [...a9, ...["true"].map((q11) => q11.length).map((p12, i13) => a9.indexOf(p12))].slice(0, 16);
  }
  const memo14 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })((i7 ** 1));
  let o15 = ({ c: ((true ? 1_000 : 1) >>> Math.round((-0))) });
}
const o16 = ({ ...({ x: 5, k1: 10, 2: 1, y: 5e-324 }), k1: 7 });
let o17 = ({ a: (0 / 0), "0": (0 / 0) });
var b18 = (false && false);
o17 = o17;
b18 ??= b18;
switch ((6 >>> 0.1)) {
  case (-1):
    break;
  case 10:
    let { a: n19 = 8 } = ({ 0: 20, z_: (-1 / 0), a: 0xff });
    break;
  default:
    const n20 = [1, 3].concat(4294967296).length;
    break;
  case (-0): {
    o17 &&= ({ ...o17, len: (-1.5) });
  }
}
o17 = ({ x: (-5), c: 9 });
for (let i21 = 0; i21 <= 15; i21++) {
  delete o16["x"];
}
f1((true + (-32)), [(-0)].reduce((acc22, x23) => acc22 * x23, 2), (0.2 ^ (-1 / 0)));
switch (Math.abs((-0o17))) {
  default:
  case (0 / 0): {
    for (let i24 = 0; i24 <= 9; ++i24) {
      var s25 = (`x=${null}!`.repeat(3).at(2) ?? "").slice(0, 48);
      s25 = (s25 + (s25 + s25)).slice(-48);
      let x26 = ([1e-7, 8].slice(2, 6) ?? ({ p: [3].filter((p27) => b18), q: { r: (false ? o17 : o16) } }));
    }
    break;
  }
  case 0:
  case (-0):
  case "1":
}
return [o16, o17, b18, Array.isArray(({}))];
