// Kitwork fuzz failure, program seed 3436662949
// reason: different results
// V8: ok ["  PAD  [OBJECT OBJECT]",{"0":NaN,"z_":-0,"c":NaN,"y":-Infinity},"[\"  PAD  [OBJECT OBJECT]NaN\"]",false]
// VM: ok ["  PAD  [OBJECT OBJECT]",{"0":NaN,"z_":-0,"c":NaN,"y":-Infinity},"[\"NaN\"]",false]
// replay: node --import tsx test/fuzz/run.ts --replay 3436662949

var s1 = ('  pad  ' + (true ? ({ 2: 3 }) : ({ y: 7, x: 65535, z_: (-4294967296) }))).toUpperCase().slice(0, 48);
if ([0, 1, 1, 1e3, (-0b101), 32].includes(0)) {
  let caught2 = null;
  try {
    if ([(-.5), 42].map((x3) => `${x3}`).includes("line\nbreak".repeat(2))) {
      const s4 = ((~7) + s1.toUpperCase()).slice(0, 48);
      var s5 = "ab".slice(1);
    } else if ((![2, (-3.75), 3, 8].map((p6) => (-0)))) {
      let s7 = s1;
      s1 = (s1 + s7).slice(0, 48);
    } else {
      const o8 = ({ c: [4, 9007199254740991, 8, 8].indexOf(2) });
      const x9 = ((false ? o8 : null) || "line\nbreak".toLowerCase());
    }
    let caught10 = null;
    try {
      if (["null", "MiXeD", "3.5", "Hi there", "true"].map((q11) => q11.length).includes(Math.trunc(32))) throw "b";
    } catch (e12) {
      caught10 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
    }
    const s13 = s1;
    if ((caught10 > ['0', "", "hello", "😀x", "a"])) throw new RangeError("u:bad");
  } catch (e14) {
    caught2 = typeof e14?.message === "string" && e14.message.slice(0, 2) === "u:" ? e14.name + "/" + e14.message : (e14?.name ?? e14);
  }
  const n15 = [...[(-7), 5e-324, (-123.456), (-32)].map(p16 => (0 / 0))].filter((x17) => x17 === x17).sort((x17, y18) => y18 - x17).indexOf([].map((p19) => p19).length);
}
let o20 = ({ ...({}), z_: (-0) });
const s21 = JSON.stringify([(s1 + ("abc,def" % []))]).slice(0, 48);
const f22 = (p23, ...rest24) => {
  if (((-1.5) !== 6)) throw "0";
  return [2147483647, 16, (-1 / 0)].map((x25) => x25 + "").join(",").slice(0, 48);
};
if ((Math.round(2) !== (2 % 20))) {
  let o26 = o20;
  var o27 = ({ ...o20, k1: (-2147483647) });
}
o20["c"] += (~7);
for (const it28 of [9, 0, (-1 / 0), 8]) {
  if (([6, 9007199254740993, (-5e-324)].length != (null ?? it28))) break;
  if ([2, 0].includes(2147483647)) {
    o20 = o20;
    const n29 = s21.split("").join("").indexOf(s21.padEnd(6, ""));
  } else {
    if ("tab\tend".startsWith(s1)) continue;
    const s30 = JSON.stringify((+[])).slice(0, 48);
  }
}
for (const it31 of [...['single', "a b c", 'a-b-c', "3.5", "a"]].sort((x32, y33) => (x32 < y33 ? 1 : x32 > y33 ? -1 : 0))) {
  o20.y ??= Math.max();
  o20 = o20;
}
o20["0"] += (42 ** 1);
return [s1, o20, s21, ([1, 0.1, (-8), (0 / 0), 0] > false)];
