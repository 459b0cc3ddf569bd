// Kitwork fuzz failure, program seed 1462005448
// reason: V8 returned, VM threw
// V8: ok [-17,-1,null,-17.1,[],undefined,false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1462005448

let n1 = (("".length <= (-.5)) + (Math.floor(1e-7) - 1));
const n2 = Math.round(n1);
const f3 = () => {
  let s4 = ("Hi there".split("|").join(",")[1] ?? "hello");
  --n1;
  --n1;
  return (false ? [0, 3.75] : [(-20), (0 / 0), (-1), 2147483647]);
};
for (let it5 of (typeof ["Hi there", "zz", 'single'])) {
  if ((true || false)) {
    let x6 = (undefined || ((n1 << n2) + Math.min((-65535))));
  } else {
    const n7 = (([] ?? n1) ?? Math.floor(n2));
    if (((-0xff) <= n2)) break;
  }
}
let caught8 = null;
try {
  const s9 = (true ? ["MiXeD", "0"].join(",") : ("q\"uote" + "1e3")).slice(0, 48);
  if ((([] ?? false) !== null)) {
    n1--;
    --n1;
  } else if ((n2 == n1)) {
    n1--;
  }
  switch ((false ? 20 : (-65535))) {
    case 2:
      const n10 = Math.sqrt(Math.trunc(n2));
  }
  if ((([] || ({ "c": 5, a: 32, "x": 256, 2: 3 })) == undefined)) throw new Error("u:" + s9);
} catch (e11) {
  caught8 = "outer";
} finally {
  for (var i12 = 14; i12 > 0; i12--) {
    const n13 = ((n2 !== []) ? (--n1) : Math.max(9));
    let a14 = [10, ...[8, (1 / 0), (1 / 0), 2, 1, (0 / 0)], ...[3, 2, 2, 7]].filter((p15) => (false || true)).slice(0, 16);
  }
  const adder16 = (k) => (v) => v * k;
  const add17 = adder16((~i12));
}
for (let i18 = 17; i18 > 0; i18--) {
  for (let i19 = 0; i19 <= 19; ++i19) {
    let b20 = ["  pad  "].map(p21 => p21).includes(`${[2, 7, 8, 2]} end`);
  }
  if ([100, 4, 3, 1].map((p22) => p22).includes((+[(-0), 1, 7, 1_000, 1]))) {
    f3();
  }
  if ((!4)) {
    let n23 = 4;
  }
}
const n24 = (n1 - 0.1);
const sa25 = "12".split("|").filter((p26) => false);
const x27 = undefined;
return [n1, n2, caught8, n24, sa25, x27, (0 == undefined)];
