// Kitwork fuzz failure, program seed 2808479771
// reason: V8 returned, VM threw
// V8: ok [[20,0,20,NaN,20,NaN,20,NaN],[20,0,20,NaN,20,NaN,20,NaN],12,20,16,["-3.75"],NaN]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2808479771

const a1 = [123.456, (-0xff), (-0o17)].filter((p2) => false);
const a3 = a1;
let w4 = 0;
while (w4 < 12) {
  w4 += 1;
  const f5 = (p6, p7, p8 = (0 / 0), ...rest9) => `$${("MiXeD"[2] ?? "zz")}a${p8} end`.slice(0, 48);
}
if (true) {
  let s10 = ("MiXeD".startsWith('single') ? "null" : "abc,def".slice((-1)));
  const n11 = a1.reduce((acc12, x13) => acc12 * x13, 0);
  let { len: n14 } = ({ ...({ "k1": 8, "c": 0, "2": 100, a: 3 }), ...({ a: 0.2 }) });
}
a1.pop();
let w15 = 0;
while (w15 < 20) {
  w15++;
  const o16 = ({ ...({ c: 8 }), b: w4 });
}
let w17 = 0;
while (w17 < 16) {
  w17 += 1;
  if ((Math.sign(w15) > w4)) {
    switch ((w4 + w15)) {
      case (-1):
        const x18 = ((1 && "abc,def") && a3.filter((p19) => false));
        a3.pop();
        break;
      default: {
        const s20 = [(-1000), 7, 4294967296, 1, [2].reduce((acc21, x22) => acc21 + x22, 1), Math.sqrt(w15)].join(", ").slice(0, 48);
        if (s20.startsWith(s20)) continue;
        break;
      }
      case 2:
        const b23 = (w15 <= 1);
        break;
      case (-0):
        let x24 = null;
        let [, n25, n26, ...a27] = ["12"].map((q28) => q28.length);
        break;
    }
    const a29 = ["zz", "a"].slice().sort().map((p32) => p32).map((q33) => q33.length);
  }
  for (let i34 = 0; i34 < 20; ++i34) {
    if (a1.length < 8) a1.push(w15, (+a3));
    let a35 = [1e21, (0 / 0), (-123.456), (-10), ((true ? 7 : w4) - (-w4))];
  }
}
const sa36 = Object.keys(({})).concat([(-3.75)].map((x37) => `${x37}`)).slice(0, 16);
return [a1, a3, w4, w15, w17, sa36, a3.reduce((acc38, x39) => acc38 + x39, 0)];
