// Kitwork fuzz failure, program seed 4156376878
// reason: V8 returned, VM threw
// V8: ok [NaN,2,"Error/u:0[object Object]",NaN]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 4156376878

function f1(p2, p3 = [1, 2]) {
  const f4 = function (p5) {
    if (((true || false) || ("-7" == '😀x'))) {
      for (let i6 = 0; i6 <= 14; ++i6) {
        if (true) return ({ y: 0, z_: 9, 2: i6, 0: (-4) });
      }
    }
    for (const it7 of [0, (-65535), p5, p5]) {
      if ((1 < p5)) {
        let a8 = [(-0), 65535].map((p9, i10) => Math.round(p5));
      }
      let a11 = [...[0, (-1 / 0), 10], ...[].map((p12) => p12).map((q13) => q13.length)].slice(0, 16);
    }
    if (((true + p5) == [].reduce((acc14, x15) => acc14 - x15, 2))) return (true ? ({ z_: 10, c: 10, "10": (0 / 0), "2": 2 }) : ({ c: 32, "a": (1 / 0) }));
    --p5;
    return ({ ...({ c: 6, 2: 0xff, a: 4, y: (-3.75) }), ...({ x: 1, "b": 2147483647, y: (-1) }) });
  };
  let b16 = (null == null);
  for (let i17 = 0; i17 < 10; i17++) {
    const n18 = (p3[3] ?? (-1_000));
  }
  let o19 = ({ y: 123.456 });
  return `${({ p: `${p2}$${""} ${(0 / 0)}!`, q: { r: ((-2.5) !== 0) } })}`.slice(0, 48);
}
const a20 = [(-1000), (-1000), 6, (-1000)].concat([4, 7, (-256), (-2147483648), (-2)]).slice(0, 16);
if (a20.length < 20) a20.push(Math.min(...a20), a20.reduce((acc21, x22) => acc21 + x22, 2));
const x23 = ({ p: a20.filter(p24 => true).filter(p25 => (!({ x: 1, k1: 0.1, "y": (-2.5) }))), q: { r: ((1 == undefined) ? ({ 0: (-1 / 0), "k1": 8, a: 0, ["n" + 2]: (-0.2) }) : undefined) } });
let b26 = (a20.filter((x27) => x27 === x27).sort((x27, y28) => x27 - y28).includes((+[1e21])) && ((a20[256] ?? (-32)) !== Math.max(7, 32)));
f1([(-1.5e300), (-1 / 0), (-1 / 0), 0.5].filter(p29 => b26), a20);
let n30 = ((+undefined) * ((x23 == undefined) ? 'null'.indexOf("ÅÉü") : 5e-324));
let n31 = Math.trunc(2);
let caught32 = null;
try {
  const f33 = function (p34, p35) {
    for (let i36 = 0; i36 < 15; ++i36) {
      if (a20.length < 8) a20.push(0o17, a20.reduce((acc37, x38) => acc37 * x38, 2));
      const n39 = (true + 0);
      for (let i40 = 0; i40 < 20; i40 += 2) {
        if (((false ? n39 : i40) > Math.abs(10))) throw new Error("u:" + ("0" + x23));
      }
    }
    const f41 = function (p42, p43, p44) {
      let n45 = (p35 & ((!true) ? (-0) : (true ? n31 : 0)));
      return JSON.stringify(({ ["k" + 1]: 0 })).slice(0, 48);
    };
    return n30;
  };
  let n46 = f33(n31, 0.5);
  if (b26) throw new TypeError("u:x");
} catch (e47) {
  caught32 = typeof e47?.message === "string" && e47.message.slice(0, 2) === "u:" ? e47.name + "/" + e47.message : (e47?.name ?? e47);
  const o48 = ((!["null", ""].length) ? ({ ...(true ? ({}) : ({})), a: (0 | 7) }) : ({ b: [8, 7, (-1 / 0)].indexOf(n30), "a": (-1e21) }));
}
var n49 = (+({ p: a20, q: { r: 1 } }));
return [n30, n31, caught32, n49];
