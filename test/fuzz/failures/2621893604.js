// Kitwork fuzz failure, program seed 2621893604
// reason: V8 returned, VM threw
// V8: ok ["bbtruea","{},zz,12,  pad  ,MiXeD,3.5,0,\ns zz end",null,3,NaN]
// VM: throw TypeError: TypeError: String is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 2621893604

for (const it1 of Object.keys(({ ...({ 10: 1e-7, c: (-4294967296), 2: (-1 / 0), y: 0b101 }), b: 10 }))) {
  let s2 = it1.toUpperCase();
  const { x: n3, len: n4, c: n5 = 1.5e300, ...o6 } = ({ ...({ "y": (-1.5e300), 10: 0.2, "b": 2 }), ...({}) });
  o6.len = (1 ?? n5);
}
if (("0" == "q\"uote")) {
  const x7 = `${([6] * ["hello", 'x,y,z', 'null', "MiXeD"])}`.slice(0, 48);
}
for (let it8 of [8, 9, (-2147483647), (-2147483647), 5, 7]) {
  for (const it9 of [(-32), 4, it8]) {
    let s10 = String((5 / ({ c: 2, z_: 42, 10: 1, b: 10 }))).split(",").join("|").slice(0, 48);
  }
  const o11 = ({ it8 });
}
var s12 = (typeof true);
for (let i13 = 0; i13 < 2; ++i13) {
  for (const [k15, v16] of Object.entries(({ y: (-7), z_: 5 }))) {
    var s17 = k15;
  }
  for (const it18 of [4, i13, 5, 7, (-1e3)]) {
    let n19 = ([5, 1.5, 8, (1 / 0), (-1e-7), (-0)].concat(8).includes((+[8])) ? ((typeof 0 === "object") ? (1 ?? i13) : (i13 + it18)) : s12.length);
    const o20 = ({ ...({ x: 6 }), k1: Math.abs("Hi there".indexOf(s12)) });
  }
}
s12 = ('b' + "b").slice(0, 48);
if (((-0o17) >= 0xff)) {
  const o21 = ({ ...({ ...({}), b: 3 }), ...(false ? ({ b: 5, 10: 7, len: 1e-7 }) : ({ k1: 7 })) });
}
var x22 = `${[JSON.stringify(({})), ["zz", "12", "  pad  ", 'MiXeD', "3.5"].map((p23) => p23), (Number.isInteger(1e-7) ? 1 : 0), `\n${"s"} ${["zz"]} end`]}`.slice(0, 48);
s12 = (s12 + ('true' + "a")).slice(-48);
let caught24 = null;
try {
  const f25 = (p26 = 9) => {
    if (((0 <= 1) && [].includes(p26))) throw new Error("u:" + ("tab\tend"[1] ?? "back\\slash"));
    const f27 = function (p28, p29 = .5, p30) {
      s12 = JSON.stringify((true ? 10 : 1e3)).slice(0, 48);
      return x22;
    };
    for (let i31 = 0; i31 < 2; i31 += 1) {
      if ((typeof null === "number")) {
        if (((true ? p26 : 10) >= s12.charCodeAt(1))) break;
        const a32 = (true ? [0, 9007199254740991] : [(-0o17), 8, 10, (0 / 0), (-10), 0]);
      } else if ((false && false)) {
        var b33 = ((i31 !== p26) || (({ len: 0, y: 0, b: 9007199254740993 }) !== "a-b-c"));
        s12 &&= (false ? "😀x" : s12).slice();
      } else {
        const [, n34 = 1.5e300, ...a35] = ["😀x", "ÅÉü", "true", '😀x', "true"].map((q36) => q36.length);
        if (false) return a35.slice((-1), 1);
      }
      const sa37 = [].filter((p38) => ((-p26) === (6 / 8)));
    }
    try {
      return [...[(0 / 0)]].filter((x39) => x39 === x39).sort((x39, y40) => y40 - x39);
    } finally {
    }
  };
  if (["-7"].map((p41) => "b").includes(s12.slice(1))) throw new RangeError("u:bad");
} catch (e42) {
  caught24 = typeof e42?.message === "string" && e42.message.slice(0, 2) === "u:" ? e42.name + "/" + e42.message : (e42?.name ?? e42);
}
return [s12, x22, caught24, (true + 2), (false + (0 / 0))];
