// Kitwork fuzz failure, program seed 2057554070
// reason: different results
// V8: ok [17,[0,0,0,0,0],{"len":-17},0,[7,14,21,28],NaN,""]
// VM: ok [17,"0,0,0,0,0",[0,0,0,0,0],0,[7,14,21,28],NaN,""]
// replay: node --import tsx test/fuzz/run.ts --replay 2057554070

const adder1 = (k) => (v) => v - k;
const add2 = adder1(((-1000) << 0));
const f3 = (p4 = "null") => {
  for (const it5 of ["MiXeD", "ÅÉü"]) {
    const s6 = p4.padStart(8, "*");
    for (let i7 = 0; i7 < 12; i7 += 1) {
      var o8 = (false ? ({ len: i7, x: (-0), k1: i7, z_: i7 }) : ({ len: (-0), 10: 7, b: 6, a: (-0.5) }));
    }
  }
  var o9 = ({});
  switch ((~1)) {
    default:
    case 10: {
      for (let i10 = 0; i10 < 11; i10 += 1) {
        o9 = ({ "0": 0.5, k1: (-2.5), a: 3.75, len: 9, i10 });
      }
      break;
    }
    case (-1):
  }
  try {
    return Math.sqrt((-1));
  } finally {
    add2(((0 / 0) ^ (-1000)));
  }
};
let w11 = 0;
while (w11 < 17) {
  w11 += 1;
  if ([].includes(9)) {
    var n12 = Number("Hi there");
    for (let i13 = 0; i13 < 12; i13++) {
      const s14 = "😀x";
      let o15 = ({ z_: (-123.456), 0: (-42), "2": 0.2, y: (-5), ["n" + 2]: 8 });
    }
  } else if (((0 + (-1e-7)) != (-7))) {
    let w16 = 0;
    while (w16 < 5) {
      w16++;
      if (("12".length !== (null ?? 9007199254740993))) continue;
      add2(Math.trunc((-0)));
    }
  }
  switch ([(-0)].length) {
    case (-1):
      const n17 = [3].reduce((acc18, x19) => acc18 - x19, 0);
      break;
  }
  let a20 = [10, 100].map((p21) => p21).filter(p22 => (p22 >= (-255)));
}
add2((w11 - w11));
const a23 = [...[(0 / 0), w11, (-0)], ...[7, (-1 / 0)].map(p24 => w11)].map((p25) => ((9 >>> 0xff) ** 3)).slice(0, 16);
const o26 = ({ len: (-w11) });
const [n27, ...a28] = Array.from({ length: 5 }, (_, i29) => i29 * 7);
return [w11, a23, o26, n27, a28, (+a23), 'x,y,z'.repeat(0)];
