// Kitwork fuzz failure, program seed 2525841500
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:truesingle
// VM: throw <value>: Error: u:truesingle
// replay: node --import tsx test/fuzz/run.ts --replay 2525841500

const f1 = p2 => "null".toUpperCase().slice(0);
if ((typeof ["1e3", "q\"uote"] === "boolean")) {
  f1("line\nbreak".repeat(2));
  const a3 = [...[(0 / 0), 6, 3]].filter((x4) => x4 === x4).sort((x4, y5) => y5 - x4);
} else if ((`\n${null}${true} ${3}\`q` != "abc,def".slice())) {
  for (let i6 = 0; i6 < 7; i6 += 1) {
    f1("-7".split("|").join(""));
  }
} else {
  let o7 = ({ ...({ "z_": 6, 0: 255, x: 5, 10: 4, ["c"]: 5e-324 }), k1: [(-255), 7, 1.5e300, 3, 8, 6].reduce((acc8, x9) => acc8 + x9, 0) });
}
const sa10 = Object.keys(({ ...({ b: (-123.456), "10": 2, y: 1, 2: 1.5e300 }), c: 1e3 }));
if (true) throw new Error("u:" + ("true" + 'single'));
let { b: n11 = (-.5), c: n12, a: n13 = 1e-7 } = ({ 0: (-0o17), "k1": 9, b: (-1.5e300), len: (-0) });
let w14 = 0;
while (w14 < 19) {
  w14 += 1;
  const [n15 = 2, n16 = 1] = [8].map(p17 => n13);
  if (sa10.length < 64) sa10.push("Hi there".toUpperCase());
  let b18 = (('true'.split(", ").join("")[1] ?? "MiXeD") <= [(-0), 4294967295].join(","));
}
let caught19 = null;
try {
  const o20 = ({ ...((false && true) ? ({ b: 3, 10: w14 }) : ({ ...({ len: 1e21, b: 9, x: (-1_000) }), k1: w14 })), c: (n11 -= Math.min(10, n11)) });
  if (('b' < "back\\slash")) throw null;
} catch (e21) {
  caught19 = typeof e21?.message === "string" && e21.message.slice(0, 2) === "u:" ? e21.name + "/" + e21.message : (e21?.name ?? e21);
  var a22 = [(-2147483648), (-2.5)].concat([2, 2, (-4), 6, (0 / 0), (-2.5)]).map(p23 => "3.5".indexOf("tab\tend")).slice(0, 16);
}
let n24 = ([0.1].length | Math.abs(n11));
if (false) {
  var o25 = ({ ...({ k1: 4294967296, y: (-2147483647), x: 4, 10: (-0) }), ...({ len: (-1), b: 10 }) });
} else {
  if (sa10.length < 40) sa10.push("".padStart(2, "0"));
  sa10.pop();
}
const o26 = ({ "c": "tab\tend".indexOf("null"), "x": (++n24) });
sa10.sort();
let [, n27 = 4, n28 = 6] = [(-0), (-100), 0.5, (0 / 0)].filter(p29 => true);
const o30 = ([0.5, (-20), 3, (-0.2)].includes(n28) ? o26 : o26);
return [n11, caught19, n28, [9, 6].includes(n13)];
