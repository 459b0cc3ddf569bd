// Kitwork fuzz failure, program seed 2682802268
// reason: V8 returned, VM threw
// V8: ok ["0abk1y",0,null]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2682802268

const s1 = Object.keys(({ ...({ 0: 4294967296, a: 4294967295, b: 7, k1: 2147483648 }), ...({ y: 1 }) })).join("").slice(0, 48);
const f2 = (p3, p4, p5, ...rest6) => (false ? ({ "len": 9, 2: 0 }) : ({ 10: 9, a: (-2147483648) }));
for (const it7 of "  pad  ") {
  f2(it7.length, (~(-0)), (false ? it7 : s1));
  let w8 = 0;
  while (w8 < 7) {
    w8++;
    const o9 = f2?.(20, 1, it7);
  }
}
for (var i10 = 5; i10 > 0; i10--) {
  const n11 = ([(-0)].map(p12 => (-9007199254740991)).includes([].length) + i10);
  const n13 = "b".indexOf(s1);
  const sa14 = Object.keys(({ 2: (-0), z_: 0, "0": (-9007199254740991), c: 65535, ["c"]: (-5e-324), n13 }));
}
if ((typeof ([] * 0) === "number")) {
  const a15 = [3, 6, (-9007199254740993), 0.5, 1.5, 10].slice(0).map((p16) => 42).concat(s1.split("|").map((q17) => q17.length)).slice(0, 16);
  const [s18 = "ab", , s19 = 'single', ...sa20] = ["0", 'ab'].map(p21 => s1);
  for (var i22 = 17; i22 > 0; i22--) {
    if (a15.length < 20) a15.push((+a15));
  }
} else if ((0 < i10)) {
  const n23 = (Number.isInteger(1) ? Math.sqrt((-(0 / 0))) : ([1000, 9, 3, 16].length & 8));
  var s24 = ("ÅÉü" + "").toUpperCase().repeat(3).slice(0, 48);
}
if ([20, 7, 255, (-2147483648), 1e21, 4294967295].includes(i10)) {
  const sa25 = [(1 / 0), 65535, (-65535), 1].map((x26) => `${x26}`);
  const n27 = (true ? i10 : i10);
} else {
  for (const it28 of [i10, 5]) {
    switch (5) {
      case (0 / 0):
        let n29 = (Math.round((it28 - (-31))) ** (-1));
      case (-1):
        const o30 = f2(i10, 10, s1);
        var n31 = ((-i10) - (true ? i10 : it28));
        break;
      case 0:
        let [n32, n33 = 6, ...a34] = [...[5, 0, (0 / 0), 8, 0xff], ...[3, (-0b101), 1, (-1e-7), 7]];
      default: {
        const o35 = ({ 10: 10, i10 });
      }
    }
    const n36 = ((({ a: 2147483648, y: 2, "k1": 5, b: 7 }) + "b") ?? [1000, 6, (-0.5)].reduce((acc37, x38) => acc37 * x38, 1));
    let a39 = [0, (0 / 0), 0].filter(p40 => true).filter(p41 => false);
  }
}
let caught42 = null;
try {
  const o43 = (('😀x' !== s1) ? (false ? ({ b: 0.5 }) : ({ b: 6, 2: 10 })) : ({ b: 1_000, 0: 2 }));
  let s44 = (s1 + s1).slice(0, 48);
} catch (e45) {
  caught42 = typeof e45?.message === "string" && e45.message.slice(0, 2) === "u:" ? e45.name + "/" + e45.message : (e45?.name ?? e45);
  let s46 = 'MiXeD'.toUpperCase();
}
return [s1, i10, caught42];
