// Kitwork fuzz failure, program seed 1486492475
// reason: different results
// V8: ok [["a-b-c"],false,null,NaN]
// VM: ok [["a-b-c"],false,"256,2,0",NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 1486492475

const f1 = (p2) => p2.length;
for (let i3 = 0; i3 <= 9; i3++) {
  const x4 = [[0.1].filter((p5) => false)];
}
const f6 = function (p7 = 5) {
  const f8 = p9 => Math.max();
  return ((false == null) ? ("a"[1] ?? '') : (true ? "a-b-c" : "0"));
};
if (((0 + (-0.2)) < (4294967295 + 2))) {
  const n10 = ([] ?? 3);
  const s11 = `:${({ len: 3, 0: (-1_000), "x": 3, k1: 9 })}:${n10}x=${[...[0.1, 8, 5], ...[(-0), (0 / 0)]]} end`.slice(0, 48);
}
for (const it12 of "null".split("")) {
  let n13 = f1('Hi there');
  for (let it14 of []) {
    switch ((n13 = 7)) {
      case 0:
        const b15 = (false || true);
        break;
      case (-0): {
        var b16 = [(-9007199254740993), (1 / 0), 0].includes(9007199254740993);
        const o17 = ({ k1: Math.min(it14, n13, n13) });
        break;
      }
      case 1:
        const s18 = JSON.stringify((true || true)).slice(0, 48);
        break;
    }
    var b19 = (![...[7, (0 / 0), 3, 5, (-1_000)].map(p20 => p20), ...[5, 5, 7, 8, (-0), .5].map(p21 => 8)]);
    if ((typeof null === "string")) {
      var s22 = (typeof [].slice(2));
    } else if ((f1(it12) > [10, (-7), (-2147483647), 1_000, 3].reduce((acc23, x24) => acc23 - x24, 0))) {
      const n25 = [(-10), (0 / 0), 3, (0 / 0), 0b101, 6].reduce((acc26, x27) => acc26 - x27, 0);
    }
  }
}
const sa28 = [3, 0].join("-").split(",").map((p29) => f6(p29.length)).slice(0, 16);
const b30 = false;
let caught31 = null;
try {
  for (let i32 = 0; i32 < 6; i32 += 1) {
    for (let i33 = 0; i33 < 17; i33 += 2) {
      if (("s" === undefined)) throw undefined;
      const { len: n34 = (-2147483648), b: n35 = 9, ...o36 } = (b30 ? ({ 10: (-1) }) : ({ len: (-0), 0: (-0), "a": 1 }));
    }
    if ((i32 > (~i32))) break;
    if ([7, .5, (0 / 0), (-7)].includes(i32)) continue;
  }
  if (false) throw new Error("u:" + "null".slice());
} catch (e37) {
  caught31 = typeof e37?.message === "string" && e37.message.slice(0, 2) === "u:" ? e37.name + "/" + e37.message : (e37?.name ?? e37);
}
return [sa28, b30, caught31, (+[256, 2, (-0)])];
