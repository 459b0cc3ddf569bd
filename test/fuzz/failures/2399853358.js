// Kitwork fuzz failure, program seed 2399853358
// reason: V8 returned, VM threw
// V8: ok ["",9,[-100],[-100],"","zz"]
// VM: throw TypeError: TypeError: f3 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 2399853358

let s1 = [(-1.5e300), 8, 1, 3].filter(p2 => false).join("").toUpperCase().slice(0, 48);
const f3 = (p4, p5, p6) => {
  let b7 = ((false + (p6 % 7)) !== Number(s1));
  return (({ p: "😀x", q: { r: ({ z_: 1e3, y: (0 / 0), c: 4 }) } }) < ([2147483648, 1, 5, (1 / 0), 4294967295] > false));
};
const f8 = function (p9) {
  const o10 = ({ 0: 5, c: 0, k1: (-"3.5".indexOf("true")), "a": (-1_000) });
  let a11 = (true ? [(-100), 5, (-31), 5, (-0.1)] : []);
  if ((!p9)) return `${(({}) - ["abc,def", 'x,y,z', "0"])}`.slice(0, 48);
  return ([] ?? true);
};
const f12 = (p13, p14 = [1, 2]) => "0";
for (var i15 = 0; i15 <= 8; i15++) {
  let a16 = ((i15 >= 32) ? [(-0xff), 0, (0 / 0), (-3), 2].concat((-0xff)) : [(-0)].filter(p17 => false)).slice(0, 16);
  f12(("ÅÉü" + ({ k1: 0, "b": 4, y: 4 })), a16);
  const s18 = f12(s1.slice(5), [0, 4].slice().sort());
}
const a21 = [...[(-100)]].filter((x22) => x22 === x22).sort((x22, y23) => y23 - x22);
for (const it24 of ["b"].filter((p25) => true)) {
  for (let i26 = 0; i26 < 14; i26 += 1) {
    if (f3((+[(-0), 4]), (false ? it24 : 'true'), (true ? i26 : 2))) break;
    f8((typeof 4294967296));
    for (let i27 = 1; i27 > 0; i27--) {
      let s28 = f12("hello", a21).slice(2, 4);
      const n29 = 5e-324;
    }
  }
}
let a30 = a21;
return [s1, i15, a21, a30, s1, "zz".slice()];
