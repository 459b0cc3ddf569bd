// Kitwork fuzz failure, program seed 3344710941
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:number
// VM: throw <value>: Error: u:number
// replay: node --import tsx test/fuzz/run.ts --replay 3344710941

for (const [k2, v3] of Object.entries(({ a: 1 }))) {
  const f4 = (p5, p6, ...rest7) => {
    if ((!(k2 < k2))) throw new RangeError("u:x");
    if (0 < rest7.length) rest7[0] *= p6;
    return ("s" ?? false);
  };
}
const f8 = (...rest9) => "zz".toUpperCase();
for (const it10 of [(-0xff), 0, 4, 20]) {
  let n11 = it10;
  for (const it12 of [(-0o17), n11]) {
    const o13 = ({ 10: 1e3 });
  }
  for (const it14 of [(-0), 1, (-5e-324), 5e-324, it10]) {
    const { c: n15, x: n16 = 3, len: n17 = (-3) } = (true ? ({ 2: 2, 0: (-1 / 0), len: (-0), x: 9 }) : ({}));
  }
}
if ((0 <= (-0))) throw new Error("u:" + (typeof (-1 / 0)));
let caught18 = null;
try {
  if ((!true)) {
    if ((4 >= 0)) {
      const a19 = [...[123.456, 2, 0, 10, 1e-7, (-0)]].filter((x20) => x20 === x20).sort((x20, y21) => y21 - x20);
      const [, n22 = 5, n23, ...a24] = [(-5e-324), (-1 / 0), 256, 0, 1].map((p25, i26) => p25);
    } else if ((!Object.keys(({ b: (-1 / 0), 0: (-0), "x": (-1.5e300) })))) {
      let [n27 = 7] = [(-2147483647), 0, 2, (-1)].filter(p28 => false);
      n27 = (0 / 0);
    } else {
      let b29 = ((5 + 1.5) >= ["ab", "true"].length);
    }
  } else if ((!"12".slice((-1), 8))) {
    let a30 = [Math.min((-1e3), (-20), (-8)), 0o17, (-0xff), (3 - 2)];
  } else {
    var b31 = ("tab\tend".toUpperCase().indexOf('ab') == ((100 ^ (-5e-324)) - (~(-123.456))));
    for (let i32 = 14; i32 > 0; i32--) {
      const sa33 = [2, 8, i32, 1e3].map((x34) => x34 + "");
    }
  }
} catch (e35) {
  caught18 = typeof e35?.message === "string" && e35.message.slice(0, 2) === "u:" ? e35.name + "/" + e35.message : (e35?.name ?? e35);
} finally {
  const f36 = () => (typeof [20].filter((p37) => true));
  if ((!["12"])) {
    var a38 = [32].concat([(-3.75)]).map(p39 => [(-32), (-2147483647)].reduce((acc40, x41) => acc40 * x41, 1)).slice().sort().slice(0, 16);
    const { x: n44 = (-0) } = ({ ...({ k1: 7, b: (0 / 0), "c": 2147483648 }), a: (0 / 0) });
    const o45 = ({ ...({ 2: 256, "10": 9, z_: 42, y: 3 }), len: n44 });
  } else {
    const b46 = (typeof ([] || "null".length) === "string");
    const n47 = (-4294967295);
  }
}
return [caught18];
