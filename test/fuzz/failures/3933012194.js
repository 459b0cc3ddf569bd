// Kitwork fuzz failure, program seed 3933012194
// reason: different results
// V8: ok [[4,3,2,20,1,NaN]]
// VM: ok [[4,3,"[object Object]",{"p":-0,"q":{"r":true}},1,NaN]]
// replay: node --import tsx test/fuzz/run.ts --replay 3933012194

for (let i1 = 0; i1 < 14; i1 += 2) {
  const a2 = [0o17].concat(i1).map((p3, i4) => [10, (-2.5), 10, 0o17].reduce((acc5, x6) => acc5 * x6, 2)).map(p7 => ((true ? p7 : p7) | i1)).slice(0, 16);
}
const f8 = (p9 = '-7') => undefined;
for (const it10 of "tab\tend".slice(0)) {
  for (let i11 = 0; i11 <= 1; i11++) {
    if (("12" > JSON.stringify(it10))) {
      let a13 = [...[0.5, (-16), 7]].filter((x14) => x14 === x14).sort((x14, y15) => y15 - x14).map((p16, i17) => Math.max(1000));
    } else if ((undefined === null)) {
      if (((+true) === 7)) break;
      f8((typeof []));
    }
    let o18 = ({ "b": 2, "0": 3.75 });
    if (([3].reduce((acc19, x20) => acc19 * x20, 2) > 4)) {
      let s21 = it10;
      o18 = ({ 0: 10, 2: i11, b: (-1.5e300) });
      s21 = "12";
    } else if ((i11 !== i11)) {
      let a22 = [5, 65535, 0, 4, 0, 1e-7].slice((-2), 1).filter((x23) => x23 === x23).sort((x23, y24) => x23 - y24);
      const a25 = [];
    } else {
      o18 = ((false && false) ? o18 : o18);
    }
  }
  const n26 = ((-2147483647) + (-65535));
}
for (let it27 of ["Hi there", "-7"].slice().sort((x28, y29) => x28.length - y29.length)) {
  const s30 = ((({ y: 2, "10": 0.5, 0: 3 }) === [0.2, 9]) ? "ÅÉü" : "ab".slice()).slice();
  var n31 = Math.floor(42);
}
let a32 = [((![10, 4, 0, 10, 7, 9007199254740991]) ? (false ?? (-1_000)) : [8, (-0), (-0.2), 7].length), [(-0), (-0o17), (-3.75)].filter(p33 => true).length, 2, 20, 1, (+({ p: (-0), q: { r: true } }))];
const adder34 = (k) => (v) => v + k;
const add35 = adder34(100);
switch ((true ? "a" : "-7")) {
  default:
    const f36 = (p37, p38 = "3.5", p39) => ({ ...({ a: (1 / 0), b: (0 / 0) }), k1: p37 });
    break;
  case "x,y,z":
    const fs40 = [];
    for (let i41 = 0; i41 < 3; i41++) {
      fs40.push((v) => v + i41);
    }
    if (false) {
      let caught42 = null;
      try {
        const n43 = (true ? a32.reduce((acc44, x45) => acc44 * x45, 2) : (8 - 10));
        const s46 = "a".padStart(6, "");
      } catch (e47) {
        caught42 = typeof e47?.message === "string" && e47.message.slice(0, 2) === "u:" ? e47.name + "/" + e47.message : (e47?.name ?? e47);
        const s48 = "12";
      }
    } else if ((typeof false === "string")) {
      if (a32.length - 1 < a32.length) a32[a32.length - 1] *= (+"ab");
      const o49 = ({ ...(false ? ({ 10: 4, z_: 2, 2: (-8), len: 5 }) : ({ c: 2, y: 7, "b": (-3) })), z_: a32.reduce((acc50, x51) => acc50 * x51, 0) });
    }
    break;
}
return [a32];
