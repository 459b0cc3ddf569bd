// Kitwork fuzz failure, program seed 1188316600
// reason: different results
// V8: ok ["6ab",1.5,undefined,[3,0.2,10,0,65535]]
// VM: ok ["6ab",1.5,undefined,[3,"",[],0,65535]]
// replay: node --import tsx test/fuzz/run.ts --replay 1188316600

if ((!({}))) {
  const a1 = ["ÅÉü", "MiXeD"].map((q2) => q2.length).map((p3) => [(1 / 0), (-0), 1e3, (-1), 3].map((p6) => p3).reduce((acc4, x5) => acc4 * x5, 2));
  let [n7 = 5, ...a8] = a1.map(p9 => p9);
  for (let i10 = 0; i10 < 9; ++i10) {
    if ((true || false)) continue;
  }
} else {
  const f11 = () => {
    if (((2.5 + 8) != '1e3'.indexOf("\u0041\x42"))) {
      const s12 = "😀x";
    } else {
      if ((6 !== 0.5)) throw new RangeError("u:range");
      let s13 = [].join().slice(0, 48);
    }
    return (false !== undefined);
  };
  switch ('single') {
    case "ab":
      const a14 = (true ? [9007199254740993, 5e-324, 16] : [2, 5]).slice((-3));
      break;
    case "x,y,z":
      let b15 = false;
      let b16 = ("true".slice(0, (-2)).length >= ("\u0041\x42".indexOf("ÅÉü") / ((-1e21) / 0.2)));
      break;
    case "a":
      for (let i17 = 8; i17 > 0; i17--) {
        const sa18 = ["null", "-7"];
      }
      if ((true || false)) {
        var a19 = [2, 20].concat([]).slice(0, 16);
      } else if (("😀x".length < "true".indexOf('x,y,z'))) {
        var x20 = "ÅÉü";
      } else {
        var o21 = (([0b101, 10, (-2), (-2), 7, 3].indexOf(3) > (false ?? 1000)) ? ({ y: 9007199254740991, x: 8, 0: Math.ceil((-1 / 0)) }) : ({ y: ((-0) ^ (-1000)), 2: (false + 2), c: 5 }));
        var a22 = [...[8, 8], ...[5, 9, (-32), 5]].map((p23) => (p23 % 9)).slice(0, 16);
      }
      break;
    default:
    case "":
      for (const it24 of "  pad  ".split("|").join(",")) {
        const x25 = ([] || undefined);
      }
      break;
  }
}
switch ((1 & 100)) {
  case 10:
    const b26 = (4 != (~8));
    break;
}
const s27 = (6 + "ab").slice(0, 48);
const [n28 = 1.5, n29, ...a30] = [(1 / 0), 7, 1, 10].filter((p31) => false);
const n32 = Math.min(...a30);
const a33 = [[...["a", "Hi there", "zz"]].sort((x34, y35) => (x34 < y35 ? 1 : x34 > y35 ? -1 : 0)).length, 0.2, 10, (([] ?? n32) << (-1 / 0)), 65535];
return [s27, n28, n29, a33];
