// Kitwork fuzz failure, program seed 958767170
// reason: different results
// V8: ok [[NaN,255,617.28],[],undefined,9,NaN]
// VM: ok [[NaN,255,617.28],"NaN,255,617.28",[NaN,255,617.28],9,NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 958767170

const a1 = [(0 / 0), 255].map((p2) => p2);
var a3 = [0.2, 0xff, 0, 7, 0.2].filter((p4) => false);
for (let i5 = 0; i5 < 6; i5 += 1) {
  let caught6 = null;
  try {
    let n7 = Math.floor(6);
    const o8 = ((Math.trunc(i5) <= ["hello", "a-b-c"].length) ? ({ 2: 1.5e300 }) : ((6 != i5) ? ({ ...({ len: (0 / 0), a: (1 / 0) }), ...({ z_: (0 / 0) }) }) : ({ ...({ "y": (-2), c: 0, z_: (-100) }), ...({ 2: 3, k1: (-0.5), "len": 0 }) })));
    delete o8.z_;
    if ((0.2 == i5)) throw { code: (1 ?? 8) };
  } catch (e9) {
    caught6 = typeof e9?.message === "string" && e9.message.slice(0, 2) === "u:" ? e9.name + "/" + e9.message : (e9?.name ?? e9);
  }
}
if (a1.length < 40) a1.push((5 * 123.456));
const [n10, n11 = 9, ] = (true ? [] : []);
return [a1, a3, n10, n11, (+a1)];
