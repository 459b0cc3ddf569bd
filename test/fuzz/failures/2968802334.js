// Kitwork fuzz failure, program seed 2968802334
// reason: different results
// V8: ok [[7,0,-0.5,-0.5,-31,1,2],["3.5"],42,-0,{"0":0,"10":NaN,"y":-1e-7,"b":4,"len":-0,"z_":42,"a":NaN},4,-0,{"0":0,"10":NaN,"y":-1e-7,"z_":42,"a":NaN},NaN]
// VM: ok [[7,0,-0.5,-0.5,-31,1,2],["3.5"],"[object Object]",{},{"0":0,"10":NaN,"y":-1e-7,"b":4,"len":-0,"z_":42,"a":NaN},4,-0,{"0":0,"10":NaN,"y":-1e-7,"z_":42,"a":NaN},NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 2968802334

const a1 = (((-3) < (4294967295 * (-0))) ? [...[(-31), 0, (-.5), 7, (0 / 0), (-.5)]].filter((x2) => x2 === x2).sort((x2, y3) => y3 - x2) : [4, 1000, 2.5, (-9007199254740993), 4, (-0)].filter(p4 => false).map((p5, i6) => Math.min()));
if ((10 >= 1_000)) {
  const [n7, n8 = (-2147483647), ...a9] = a1.filter((x10) => x10 === x10).sort((x10, y11) => x10 - y11);
}
const f12 = (p13 = "hello", p14 = "\u0041\x42", p15 = [1, 2]) => {
  for (const it16 of [1, 8, (-100)]) {
    let [s17, s18, s19 = "hello", ...sa20] = ["ÅÉü"].filter((p21) => true);
  }
  if ((1 !== null)) return (p13 + "ab").slice(0, 48);
  const f22 = (p23 = 0) => (p13 + p13).indexOf(p14);
  return (false ? p13 : p14).split(" ").join("-");
};
if ((("1e3"[3] ?? "x,y,z") === `-${({})}:${(-0xff)}x=${"1e3"}`)) {
  const f24 = () => (+(7 < (-2.5)));
  if (a1.length < 64) a1.push((-5));
  const n25 = (100 / (-256));
} else {
  const sa26 = ["abc,def", "a", "a-b-c", "a-b-c", "1e3"].slice().sort();
  let caught29 = null;
  try {
    if (a1.length < 20) a1.push((4294967295 % (-2)), (false + 2));
    if (sa26.map(p30 => p30).includes(("😀x" + [1.5]))) throw (7 - 0b101);
  } catch (e31) {
    caught29 = typeof e31?.message === "string" && e31.message.slice(0, 2) === "u:" ? e31.name + "/" + e31.message : (e31?.name ?? e31);
    if ((!["ab", "  pad  ", 'ÅÉü', '😀x', ""])) {
      f12("".slice(1, 0), (5 + "3.5"), [...a1].filter((x32) => x32 === x32).sort((x32, y33) => y33 - x32));
    }
  }
}
let sa34 = (true ? "3.5" : 'null').split(",");
let { a: n35 = 42, x: n36 = (-0) } = ({ 0: (0 / 0), "b": 65535 });
const o37 = ({ ...({ ...({ ...({ 0: 4, y: (-1e-7), b: 4 }), len: n36 }), ...({ "z_": n35, 10: (0 / 0), a: (0 / 0), 0: 0 }) }), ...({}) });
if ((n35 === n36)) {
  if ((!"hello")) {
    for (const it38 of a1) {
      const o39 = ({ z_: n36, 10: it38, c: n36, len: a1.indexOf(n36) });
      const s40 = "\u0041\x42".repeat(1).slice(0, 48);
    }
  }
  const n41 = ((-123.456) ** 0);
}
let { b: n42 = (0 / 0), len: n43, ...o44 } = (true ? o37 : o37);
if ((n36 >= (-5))) {
  let a45 = [...a1].filter((x46) => x46 === x46).sort((x46, y47) => y47 - x46);
  let caught48 = null;
  try {
    let caught49 = null;
    try {
      let n50 = 3;
      if ((JSON.stringify(o37) < 'b'.slice(1, 1))) throw new Error("u:" + ("0" + ""));
    } catch (e51) {
      caught49 = typeof e51?.message === "string" && e51.message.slice(0, 2) === "u:" ? e51.name + "/" + e51.message : (e51?.name ?? e51);
    }
    var sa52 = sa34;
  } catch (e53) {
    caught48 = typeof e53?.message === "string" && e53.message.slice(0, 2) === "u:" ? e53.name + "/" + e53.message : (e53?.name ?? e53);
  }
}
return [a1, sa34, n35, n36, o37, n42, n43, o44, (+({}))];
