// Kitwork fuzz failure, program seed 946686558
// reason: different results
// V8: ok ["o",[1,1,9,0],9,NaN,9]
// VM: ok ["o","[object Object]",{},NaN,9]
// replay: node --import tsx test/fuzz/run.ts --replay 946686558

const s1 = ((typeof false)[2] ?? "").slice();
for (const it2 of Object.keys(({ ...({ 10: 4, a: 6, x: 1e3 }), ...({ "k1": 10, "y": 9, "len": (-2) }) }))) {
  const x3 = null;
}
const a4 = ((32 > 6) ? [(-0xff), 1.5e300, (1 / 0), .5, 6, 0].concat([(-31), 7, 5, 4, (-1.5e300)]) : [4294967295, 9, 8, 3, 3]).map(p5 => s1.toUpperCase().length).slice(0, 16);
let w6 = 0;
do {
  w6++;
  a4.pop();
} while (w6 < 9);
if (false) {
  for (const it7 of "ÅÉü") {
    var o8 = ({ "c": (false ? w6 : 0.2), k1: (undefined ?? 6), 0: 2, "len": w6 });
    if ((![...a4].filter((x9) => x9 === x9).sort((x9, y10) => y10 - x9))) {
      const s11 = it7.toUpperCase().padStart(6);
      let n12 = (+a4);
    } else if (((-1e-7) != (~w6))) {
      const n13 = a4.map(p16 => 4).reduce((acc14, x15) => acc14 - x15, 1);
    }
  }
  switch (Math.max()) {
    case 1: {
      let a17 = [...(false ? a4 : a4), ...a4].map((p18) => ([256, (-0), 2, 6].indexOf(w6) / s1.length)).slice(0, 16);
      break;
    }
    case 2:
      const a19 = [...a4].filter((x20) => x20 === x20).sort((x20, y21) => y21 - x20);
      for (const it22 of [7, 10, 4, (-0.5), 4]) {
        if (a4.length < 64) a4.push("abc,def".indexOf(s1), [1, 0o17, (1 / 0)].length);
        const b23 = (w6 !== it22);
      }
      break;
    case (-1):
      break;
    default:
      break;
  }
} else {
  const n24 = a4.reduce((acc25, x26) => acc25 + x26, 0);
  let caught27 = null;
  try {
    if (a4.length < 40) a4.push((false ? n24 : w6), (n24 % n24));
    const b28 = true;
    let w29 = 0;
    do {
      w29++;
      const a30 = [5e-324, ...a4.filter(p31 => b28), ...[...a4].filter((x32) => x32 === x32).sort((x32, y33) => y33 - x32)].slice(0, 16);
      if (("null" !== s1)) throw undefined;
    } while (w29 < 7);
  } catch (e34) {
    caught27 = typeof e34?.message === "string" && e34.message.slice(0, 2) === "u:" ? e34.name + "/" + e34.message : (e34?.name ?? e34);
  } finally {
    const s35 = (typeof a4);
  }
}
return [s1, a4, w6, (+({})), w6];
