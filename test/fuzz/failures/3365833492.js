// Kitwork fuzz failure, program seed 3365833492
// reason: V8 returned, VM threw
// V8: ok [[2,4],{"0":Infinity,"z_":-0,"x":46,"b":-Infinity},30,"",3]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3365833492

for (let i1 = 0; i1 < 1; i1 += 3) {
  const n2 = "3.5".length;
  var n3 = 0xff;
}
if ((2 != 6)) {
  const sa4 = [0, 9, 3, 7, 1e-7].map((x5) => x5 + "");
  const b6 = true;
  let w7 = 0;
  do {
    w7++;
    const b8 = [(-255), 42, (-255), 1, 7].concat([0, 10, 4]).map((x9) => x9 + "").includes(`x=${(({}) - ({ 0: 0xff, z_: .5 }))}-${(3.75 | (-1 / 0))}\`q`);
  } while (w7 < 16);
}
const f10 = function () {
  const [n11 = 4294967295] = [(-3.75), 9, 2147483648, 10, (1 / 0)];
  for (const it12 of []) {
    for (const it13 of [7, it12, 0, (-9007199254740993)]) {
      var n14 = n11;
      var n15 = 0o17;
      const b16 = (((n14 / n11) - 32) >= Number(("true" + [2.5, 4294967296])));
    }
    for (const it17 of Object.keys(({ b: 7, "2": (-1), a: 1000 }))) {
      const n18 = (it12).toFixed(3).indexOf(it17.repeat(0));
      var n19 = Math.abs(it12);
      let s20 = it17.slice((-3));
    }
    for (const it21 of [1, 2, 1, 1000, 65535]) {
      if ([...[2, (-31), (-.5), 3], ...[(-1e-7), 9, 0, 0b101]].includes(Math.max())) return (1e21 >= 5);
    }
  }
  for (let i22 = 0; i22 < 19; i22 += 2) {
    const n23 = Math.max(n11, i22);
    const a24 = [0, (false ? 10 : 9), 0, (0 / 0)];
    let caught25 = null;
    try {
      let o26 = ({ ...({ "x": 10 }), k1: (-7) });
      const sa27 = a24.map((x30) => `${x30}`).slice().sort();
    } catch (e31) {
      caught25 = typeof e31?.message === "string" && e31.message.slice(0, 2) === "u:" ? e31.name + "/" + e31.message : (e31?.name ?? e31);
      let n32 = (a24[4] ?? 8);
    }
  }
  let n33 = (-["x,y,z", "ab", "Hi there", 'a b c', '😀x'].length);
  return (({ x: 2, len: 0b101 }) !== false);
};
let a34 = ((![(0 / 0), (-2), (-0)]) ? [5].filter(p35 => true) : [...[4, 9, (0 / 0), 32, 2, (-4294967296)], ...[0, 1, (-123.456), (-9007199254740993), 10]]).slice(0, 16);
let o36 = ({ 0: (1 / 0), z_: ("hello".indexOf("zz") % "3.5".indexOf("null")), x: [1e21, (-2147483647), (-9007199254740993), 2147483648].join("-").length, "b": ((9 <= 3) ? "ab".indexOf('1e3') : ((-1.5e300) * 4294967296)) });
function f37(p38 = [1, 2], p39 = [1, 2]) {
  o36 = ({ ...o36, len: 2 });
  let s40 = '  pad  '.toUpperCase().split(" ").join(", ").slice((-3));
  return (o36.a ?? 3);
}
a34 = ["-7", 'true'].map((q41) => q41.length);
var n42 = "line\nbreak".repeat(3).length;
return [a34, o36, n42, 'a'.slice(1), f37([32, 3, 1_000, (-0)])];
