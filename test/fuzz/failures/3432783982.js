// Kitwork fuzz failure, program seed 3432783982
// reason: different results
// V8: ok [67,10,"[object Object]",-10,NaN]
// VM: ok [67,"123.456,-15,5,-5,7",[123.456,-15,5,-5,7],-10,NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 3432783982

var n1 = `${[]}:${[(0 / 0)]}:${["q\"uote"]} end`.charCodeAt(3);
let w2 = 0;
while (w2 < 10) {
  w2++;
  let a3 = ['a b c', "1e3", "ab", "ab"].map((p4) => p4).map((q5) => q5.length);
  let [s6 = "a b c", , s7] = ["null", 'true'].filter(p8 => true);
  --n1;
}
const f9 = (p10 = "") => [];
--n1;
for (const [k12, v13] of Object.entries(({ a: 0, c: w2, "k1": 8, 10: w2 }))) {
  switch (Math.sign(v13)) {
    case (-1): {
    }
    default: {
    }
    case "1": {
      break;
    }
    case 10:
      break;
  }
  if ([1e-7, 6, 1, 10, 5e-324].filter(p14 => false).includes(Math.floor(v13))) {
    for (let i15 = 0; i15 < 12; i15 += 3) {
      const n16 = n1;
    }
    for (let i17 = 0; i17 <= 2; i17++) {
      const n18 = (Math.sign(n1) - (++n1));
      n1 >>= Math.round(w2);
    }
    for (let i19 = 0; i19 <= 13; i19 += 1) {
      var a20 = f9((false ? 'a b c' : k12));
      const b21 = ((-1 / 0) >= ((null % ({ len: 4, 2: 4294967295 })) ?? a20.length));
    }
  } else {
    for (const it22 of ["abc,def"].concat([])) {
      const { len: n23 = 6, c: n24, ...o25 } = ({ "y": (-0), "10": w2, len: 4294967296 });
    }
  }
  let caught26 = null;
  try {
    const a27 = ((w2 > (-1 / 0)) ? [2, 10, 0, 5, 0.2, 4294967295].map((p28) => n1) : [].map((q29) => q29.length));
    const { c: n30 = 0b101 } = (true ? ({ a: 10, 2: 2147483648, "b": 2, len: .5 }) : ({ x: 65535, z_: (-2147483648), len: 2 }));
  } catch (e31) {
    caught26 = typeof e31?.message === "string" && e31.message.slice(0, 2) === "u:" ? e31.name + "/" + e31.message : (e31?.name ?? e31);
  }
}
const s32 = String((({}) ?? true)).slice(0, 48);
if ((n1 === 1)) {
  const f33 = function (p34) {
    const o35 = ({});
    n1--;
    return (p34 += n1);
  };
}
return [n1, w2, s32, (-w2), (+[123.456, (-0o17), 5, (-0b101), 7])];
