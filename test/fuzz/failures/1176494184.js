// Kitwork fuzz failure, program seed 1176494184
// reason: different results
// V8: ok [4,9,[],"9ab    ",0,-3]
// VM: ok [4,"",[],"9ab    ",0,-3]
// replay: node --import tsx test/fuzz/run.ts --replay 1176494184

for (var i1 = 0; i1 < 3; i1 += 2) {
  const o2 = ({ ...({ b: 9007199254740993, z_: 3, k1: 4, 10: 8 }), len: (1000 >> (6 - i1)) });
  for (const it3 of ("" + '0')) {
    let n4 = (8 ^ i1);
    const [, s5, s6, ...sa7] = ["-7"].filter((p8) => true);
    for (let i9 = 0; i9 < 1; i9 += 3) {
      n4 = Math.max(255, (0 / 0));
      const n10 = (-1 / 0);
    }
  }
}
let w11 = 0;
while (w11 < 9) {
  w11++;
  const f12 = () => {
    var x13 = `${(true - [(-0xff), (-0), 5, 3.75, (-0)])}`.slice(0, 48);
    x13 = `${(8 - ["ÅÉü", "0", "null", "MiXeD"])}`.slice(0, 48);
    var n14 = Math.max(((-1e3) - i1), (100 & i1));
    x13 ??= x13;
    return false;
  };
  let o15 = (false ? ({ c: 1, k1: (-0), x: 2147483647, a: 1e-7 }) : ({ x: (-2147483648), z_: 4 }));
}
let a16 = [(0 / 0), ...[4], ...[5, 1, 123.456]].filter(p17 => (!i1)).slice(0, 16);
let w18 = 0;
while (w18 < 11) {
  w18 += 1;
  a16 ||= a16;
  const sa19 = ["q\"uote", "tab\tend", "MiXeD", 'single', ''].slice().sort().join("|").split(" ").slice(0, 16);
}
if ((true && true)) {
  for (const it22 of a16) {
    const s23 = "q\"uote".toLowerCase();
    let a24 = a16.map(p25 => ((-0) >> w11));
  }
  const x26 = [({})];
} else {
  let o27 = ([5, (0 / 0)].includes((2.5 ** 10)) ? ({ ...(true ? ({ a: 5, x: 10, k1: 4 }) : ({ 0: (-0), x: 2.5 })), ...({ ["n" + 2]: 2.5 }) }) : ([(-0)].includes(1e3) ? ({ ...({ "c": 0b101 }), x: (-100) }) : ({ z_: 9007199254740993, "c": 2 })));
  for (let i28 = 3; i28 > 0; i28--) {
    if (((-256) === i28)) {
      let b29 = (("a-b-c" < "a b c") != [0, 6].reduce((acc30, x31) => acc30 + x31, 1));
      const n32 = w18;
    } else if ((Math.trunc(6) != (1 >> 6))) {
      const s33 = ("" + 'abc,def').slice(0, 48);
    } else {
      const n34 = (w11 + w11);
    }
  }
}
for (const it35 of a16) {
  const b36 = (typeof (true ? 4 : undefined) === "number");
}
a16.pop();
let s37 = ("" + (w11 + "ab")).padEnd(7).slice(0, 48);
return [i1, w11, a16, s37, (+a16), Math.ceil((-3))];
