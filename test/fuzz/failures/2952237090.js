// Kitwork fuzz failure, program seed 2952237090
// reason: different results
// V8: ok [{},7,NaN,false]
// VM: ok [{},"65535,10,0,42,-1000,3",NaN,false]
// replay: node --import tsx test/fuzz/run.ts --replay 2952237090

function rec1(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec1(n - 1) + rec1(n - 2);
}
const acc2 = (() => {
  let total = 0;
  const items = [];
  return {
    add: (v) => {
      total += v;
      if (items.length < 32) items.push(v);
      return total;
    },
    get: () => total,
    list: () => items.slice(),
  };
})();
const memo3 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})((1 + 0));
for (const it4 of Object.keys(({}))) {
  const fs5 = [];
  for (var i6 = 0; i6 < 2; i6++) {
    fs5.push((v) => v * i6);
  }
}
for (const it7 of ["ÅÉü", 'hello', "0", "ÅÉü", "ÅÉü"]) {
  const a8 = [...[].filter((p9) => false)].filter((x10) => x10 === x10).sort((x10, y11) => y11 - x10).map((p12) => ((true || false) + (6 - (-0.1))));
}
switch (Math.sqrt((-31))) {
  case 10:
    break;
  default: {
    break;
  }
  case 1:
    let w13 = 0;
    do {
      w13++;
      const a14 = acc2.list();
    } while (w13 < 8);
    break;
  case 3:
    const a15 = [0b101, 8, 31, 1].map(p16 => (-2)).filter((p17) => (!p17)).filter(p18 => Array.isArray((false ? ({ "0": 2, "10": 0.2 }) : undefined)));
    let n19 = (~acc2.get());
    break;
}
let o20 = ({});
const n21 = `${Object.keys(o20)}x=${(null ?? 0.2)}\`q`.length;
return [o20, n21, (+[65535, 10, (-0), 42, (-1e3), 3]), (7 === (0 / 0))];
