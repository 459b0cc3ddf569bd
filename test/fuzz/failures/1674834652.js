// Kitwork fuzz failure, program seed 1674834652
// reason: different results
// V8: ok [1,[-32],NaN]
// VM: ok [1,"[object Object]",NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 1674834652

if ((!(false || true))) {
  for (const it1 of Object.keys(({ "x": 0, 10: 123.456, len: 5 }))) {
    const b2 = ((-32) >= 3);
  }
  let s3 = "zz".toUpperCase();
  switch (([] ?? 5)) {
    default: {
      let w4 = 0;
      while (w4 < 15) {
        w4++;
        var s5 = (false ? 'zz' : "Hi there").slice().repeat(2).slice(0, 48);
      }
      break;
    }
    case "1":
      break;
    case 1: {
      for (let i6 = 0; i6 <= 19; i6 += 1) {
        const o7 = ({ "b": (-123.456) });
        const [n8 = (-1.5e300)] = [1, (-2.5), (-3.75), (-42), 2].map(p9 => i6);
        if (Number.isInteger(i6)) break;
      }
      for (const it10 of s3.slice(3)) {
        s3 = (s3 + (Math.max()).toFixed(2)).slice(-48);
        const s11 = "zz".padEnd(10);
        var s12 = (["-7", 'MiXeD', "a-b-c"].map(p13 => "tab\tend").join(", ") + s3.trim()).slice(0, 48);
      }
    }
    case 10:
      break;
    case 0:
  }
} else if ((0 === undefined)) {
  const s14 = ('' + [8, (-1 / 0), 0.1, (-31), 2, 1000]).slice(0, 48);
  const f15 = (p16 = 5) => {
    for (const it17 of [].map((x18) => x18 + "")) {
      if ((it17.slice() !== 'null'.slice(3))) return (p16--);
      for (const it19 of Object.keys(({ ...({ z_: 6, k1: (-1e-7), x: (1 / 0), a: 4 }), k1: 8 }))) {
        if (Number.isInteger(3)) throw new Error("u:" + s14.padEnd(10, "ab"));
        const a20 = [5, 4, p16, (-9007199254740991), "ÅÉü".length];
      }
    }
    return "3.5".length;
  };
}
let [, , n21 = 256, ...a22] = [8, (1 / 0), 1, (-32)].filter((p23) => true);
function f24(p25, p26, p27) {
  const f28 = () => p25.join("|").charAt(1).slice(0, 48);
  for (const it29 of 'ab'.split("-")) {
    p26 ^= n21;
    const [n30, n31, , ...a32] = a22;
    p26 /= (n30 ?? n21);
  }
  let n33 = (false ? (-0) : 0);
  try {
    return "0".slice((-3), 2);
  } finally {
  }
}
return [n21, a22, (+({}))];
