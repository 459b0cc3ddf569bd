// Kitwork fuzz failure, program seed 4027009442
// reason: different results
// V8: ok [[1.5,4,0,2,32,-1e+21,-0,0,-2147483648,NaN],"AB",["-1e+21","-2147483648","0","0","0","1.5","2","32","4","42"],NaN,0]
// VM: ok [[1.5,4,0,2,32,-1e+21,-0,0,-2147483648,"[object Object]NaN"],"AB",["-1e+21","-2147483648","0","0","0","1.5","2","32","4","42"],NaN,0]
// replay: node --import tsx test/fuzz/run.ts --replay 4027009442

var a1 = [1.5].filter(p2 => true).concat(4).concat([...Array.from({ length: 2 }, (_, i3) => i3 * 2), ...[32, (-1e21), (-0), 0, (-2147483648), 42].map(p4 => p4)]).slice(0, 16);
let s5 = (typeof false);
a1 ||= ["a-b-c"].map((q6) => q6.length).slice((-1), 2);
for (const it7 of ["12"].slice(1)) {
  const a8 = [...[9, 6, 10], ...[]].slice(0, 16);
  const sa9 = ["b", "abc,def", "hello"].slice().sort();
}
var sa12 = a1.map((x13) => `${x13}`);
const n14 = (((-255) === (false ? 2147483648 : 0b101)) + (4 - (5e-324 + (0 / 0))));
for (const it15 of [256, (-0), (-31), n14]) {
  const o16 = (true ? ({ 10: (-42), k1: 1e-7, a: 5 }) : ({ 2: 2, k1: 2, 0: 256 }));
  s5 = "ab".repeat(1).toUpperCase().slice(0, 48);
  let s17 = ("😀x" + ({ ...o16, ...o16 })).slice(0, 48);
}
for (let i18 = 0; i18 <= 7; ++i18) {
  sa12.sort();
}
if (sa12.length < 8) sa12.push((sa12[3] ?? "true"));
for (var i19 = 20; i19 > 0; i19--) {
  let caught20 = null;
  try {
    let s21 = s5;
  } catch (e22) {
    caught20 = "outer";
  } finally {
    let w23 = 0;
    while (w23 < 3) {
      w23 += 1;
      if (a1.length - 1 < a1.length) a1[a1.length - 1] += (+({}));
    }
  }
}
return [a1, s5, sa12, n14, i19];
