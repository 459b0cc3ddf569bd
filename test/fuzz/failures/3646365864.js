// Kitwork fuzz failure, program seed 3646365864
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:a b c[object Object]
// VM: throw <value>: Error: u:a b c[object Object]
// replay: node --import tsx test/fuzz/run.ts --replay 3646365864

let w1 = 0;
while (w1 < 4) {
  w1 += 1;
  for (let i2 = 0; i2 < 19; i2 += 2) {
    let caught3 = null;
    try {
      const a4 = [1.5e300, 4294967295, 4].map((p5) => ["ab", '12'].join("").length).slice(0, 16);
      if (Number.isInteger(1)) throw false;
    } catch {
      caught3 = "caught";
    }
    switch (('single' + "1e3")) {
      case "x,y,z":
        var n9 = ((+"q\"uote") / (-.5));
        let a10 = [5, (-2147483647), 9].concat([31, 0.2, 5e-324, 32, (-0)]).map((p11) => [].reduce((acc12, x13) => acc12 * x13, 0)).slice(0, 16);
        break;
      default:
      case "ab":
        break;
    }
    let { a: n14 = 31, x: n15 = 2, ...o16 } = ({ ...({ a: 1, b: 5e-324, len: (-9007199254740991), 2: 0xff }), ...({ y: 42 }) });
  }
  if ((({ b: 3 }) == true)) {
    const n17 = Math.min();
  } else {
    for (const it18 of Object.keys(({ ...({ y: (0 / 0), a: 6, len: (-9007199254740993), 10: 1.5e300 }), ...({ y: (-3), x: (-0.5), 2: 6 }) }))) {
      if ([].includes((0 / 0))) break;
    }
  }
}
var b19 = "a b c".includes("\u0041\x42");
function rec20(xs, i = 0) {
  if (i >= xs.length || i > 40) return 0;
  return xs[i] + rec20(xs, i + 1);
}
b19 = Array.isArray([]);
if (((true ? w1 : w1) === w1)) throw new Error("u:" + ("a b c" + ({ "2": (0 / 0), 0: 16, len: 7, k1: 0 })));
for (let it21 of [9, (-0), 3, 1, (-42)].map((x22) => x22 + "")) {
  var sa23 = [...["x,y,z", 'Hi there']].sort((x24, y25) => (x24 < y25 ? 1 : x24 > y25 ? -1 : 0)).slice(0);
  let n26 = w1;
}
let sa27 = ["zz", "MiXeD", "MiXeD", "a b c"].map(p28 => p28);
sa27 = [7, 1000, (-0xff)].map((x29) => x29 + "");
switch ("ab".repeat(2)) {
  default:
    const f30 = (p31) => {
      const n32 = Math.min(...p31);
      for (const it33 of (typeof 7)) {
        if ((!b19)) return (true ? ({ z_: (-0), c: 2147483647, 10: 0 }) : ({ 0: (-100) }));
        let { a: n34 = (1 / 0) } = ({ k1: (-8) });
        let s35 = '0'.repeat(0).slice(0, 48);
      }
      if (p31.length - 1 < p31.length) p31[p31.length - 1] = (-6);
      if (p31.length < 8) p31.push(Number("  pad  "), "true".length);
      return ({});
    };
    break;
  case "a":
}
return [w1, b19, sa27, ("12"[2] ?? "")];
