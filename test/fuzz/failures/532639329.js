// Kitwork fuzz failure, program seed 532639329
// reason: V8 returned, VM threw
// V8: ok [["Infinity","8","8"],"\ntab\tend!",18,true]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 532639329

if ((typeof false === "boolean")) {
  const x1 = [...[9, 8, (-1 / 0)]].filter((x2) => x2 === x2).sort((x2, y3) => y3 - x2);
  if (`\n${'ab'}$${1} ${['😀x', "Hi there", "ÅÉü", "", "0"]}\`q`.startsWith("a-b-c".slice(6))) {
    for (let i4 = 0; i4 < 12; i4 += 1) {
      let s5 = "abc,def".slice();
      let n6 = (i4 + 4);
      const n7 = Math.round(s5.indexOf("b".toUpperCase()));
    }
    if ([4294967296].filter((p8) => true).includes((+[2, 9, 0b101]))) {
      const x9 = x1?.p?.length;
      let o10 = ({ ...({ z_: (1 / 0) }), ...({ z_: 9, 2: (-0) }) });
    } else {
      var n11 = Math.min((-123.456), 42);
    }
  }
  for (let i12 = 0; i12 < 20; i12 += 2) {
    for (let i13 = 0; i13 < 19; i13 += 1) {
      const n14 = ([3, 3, (-1e-7), 4].map(p17 => 4).reduce((acc15, x16) => acc15 + x16, 2) / Math.sign((-0b101)));
    }
    const o18 = ({ ...({ ...({ 2: 7 }), a: 1e3 }), z_: '😀x'.length });
  }
} else {
  const a19 = [3, 2, 1, (-42), 3, 9].filter((x20) => x20 === x20).sort((x20, y21) => x20 - y21);
  a19.pop();
}
for (let i22 = 15; i22 > 0; i22--) {
  const s23 = "12".slice((-3), 4);
  if (s23.padStart(4).startsWith(`$${"3.5"}`)) {
    let b24 = (s23 != JSON.stringify([3, 10, 1].slice(2)));
    const n25 = Math.min();
    if (["hello", "tab\tend", "x,y,z", "line\nbreak", "\u0041\x42"].includes("MiXeD")) {
      let a26 = [31, ...(true ? [(-0), 65535, 31, (0 / 0), 10, (-0.1)] : [5, (-0), 256, 0.5, (-0xff)]), ...[10].filter((p27) => false)].slice(0, 16);
    } else {
      b24 = ("3.5".length < (~i22));
      let [n28 = 10] = [255, 2, 5, (-1 / 0), (-256), 20].slice(3, 2);
    }
  }
  const b29 = (1e3 < 5);
}
const f30 = (p31, ...rest32) => {
  let s33 = (3 + "q\"uote").padEnd(0, "").repeat(1).slice(0, 48);
  return [...["1e3", 'MiXeD', "MiXeD", "ab", "q\"uote"]].sort((x34, y35) => (x34 < y35 ? 1 : x34 > y35 ? -1 : 0));
};
let sa36 = Object.keys(({ 0: (0 / 0), 10: 256 }));
const s37 = `\n${"tab\tend"}!`.slice(0, 48);
if ([(-0), 5, 10, 7, 9].map(p38 => p38).includes(["  pad  ", "", 'b', "0"].length)) {
  let o39 = ({ ...({ ...({ len: 8, z_: 2, y: 3, x: 6 }), z_: 9 }), y: (~(-3)) });
  let [n40 = 0xff, n41] = sa36.map((q42) => q42.length);
} else if (([['ab', "zz", "1e3", "ÅÉü"]] === null)) {
  f30((true ? [8, 7, 4294967296, 2, 9] : [7, 0o17, 1e-7]));
  var n43 = ((-1 / 0) % 1);
}
sa36 = [(1 / 0), 8, 8].map((x44) => x44 + "");
const n45 = ((undefined !== null) ? (s37 + s37).length : (-1e-7));
return [sa36, s37, n45, (s37 >= s37)];
