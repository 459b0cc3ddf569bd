// Kitwork fuzz failure, program seed 1499546228
// reason: different results
// V8: ok [{"2":3,"len":0,"y":-0},5,{"2":3,"y":NaN},98,"true",0]
// VM: ok [{"2":3,"len":0,"y":-0},5,{"2":3,"0,-Infinity,0,123.456,7,-100":NaN},98,"true",0]
// replay: node --import tsx test/fuzz/run.ts --replay 1499546228

for (let i1 = 0; i1 < 20; i1 += 1) {
  if ((![(-0.1)].map((x2) => `${x2}`))) {
    const s3 = (JSON.stringify(i1) + "q\"uote").slice(0, 48);
    for (const it4 of Object.keys(({ ...({}), ...({}) }))) {
      const a5 = [(0 / 0), 0, 3];
    }
  }
  const f6 = (p7) => ({ ...({ 10: .5, x: (-4), 2: 16, y: (-4294967296) }), ...({ ...({ 0: 1_000, 10: (1 / 0) }), ...({}) }) });
}
let o8 = ({ "2": 3 });
const n9 = Math.max((7 + (-2)));
var o10 = ({ ...o8, ...o8 });
o8 = ({ ...o8, "len": (o10.x ?? 0), y: (-0) });
const n11 = ((n9 ** 3) ^ 31);
for (let i12 = 0; i12 < 5; ++i12) {
  for (let i13 = 2; i13 > 0; i13--) {
    if (("c" in o10)) continue;
    for (let i14 = 0; i14 <= 17; i14 += 1) {
      const n15 = [1e-7, (-256), 0, 6].indexOf(i13);
      if ((!(undefined && null))) continue;
      var n16 = Math.sign(n11);
    }
    if ((("null" !== "true") || (o8 > 1))) {
      let s17 = "😀x".slice();
      let [n18 = (0 / 0), n19 = 1000, ...a20] = [0, (-1 / 0), 5, 7, 123.456, (-123.456)].map(p21 => (-0.5));
    } else if ([2, 16, 4, 42].map(p22 => 8).includes((n9 % n9))) {
      var x23 = `${((2.5 / 256) / o8)}`.slice(0, 48);
      let { c: n24 = 10, a: n25 = 0 } = o10;
    }
  }
  o10["y"] = (+[0, (-1 / 0), (-0), 123.456, 7, (-100)]);
}
const s26 = "true";
if (["tab\tend", "line\nbreak", "tab\tend"].includes(s26)) {
  let caught27 = null;
  try {
    const x28 = [['Hi there'].map((q29) => q29.length), [8].includes(1), ["", "a b c"]];
    if ((false && false)) {
      const n30 = ((-5e-324) & n9);
    } else {
      o8 ||= o8;
    }
  } catch (e31) {
    caught27 = typeof e31?.message === "string" && e31.message.slice(0, 2) === "u:" ? e31.name + "/" + e31.message : (e31?.name ?? e31);
  } finally {
    let a32 = [0, ...[(-0), 2.5, 5].filter(p33 => true), ...[(-0), (-20), 7, 1].concat(n11)].slice(0, 16);
  }
  function f34() {
    const f35 = function (p36, p37, ...rest38) {
      for (let it39 of ["ÅÉü", "null", "zz", "a b c", "MiXeD"].concat([""])) {
        p37 = p36.reduce((acc40, x41) => acc40 + x41, 0);
        let { b: n42 = (-9007199254740993), a: n43 } = o8;
      }
      if ((0 != n11)) return "12".slice((-1));
      return s26;
    };
    return s26.split(", ").map(p44 => p44.toUpperCase());
  }
}
return [o8, n9, o10, n11, s26, (null ?? 0)];
