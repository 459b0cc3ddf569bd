// Kitwork fuzz failure, program seed 404314216
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:MiXeD[object Object]
// VM: throw <value>: Error: u:MiXeD[object Object]
// replay: node --import tsx test/fuzz/run.ts --replay 404314216

if ((32 <= 3)) {
  switch ((5 ** 2)) {
    case 10:
    case 2:
      var a1 = [6, (-9007199254740991)].slice(3).concat([...[16, 7, (-0), 42]].filter((x2) => x2 === x2).sort((x2, y3) => y3 - x2)).slice(0, 16);
      break;
    case 0: {
      const x4 = (({ p: [42, 1, (0 / 0), (-20), 5, 2], q: { r: [] } }) || [0b101, (0 / 0), 2.5, 8].reduce((acc5, x6) => acc5 - x6, 0));
      const o7 = ({ ...({}), a: 0 });
      break;
    }
  }
  const o8 = ({ "2": (0 / 0), x: (-1.5), "b": 6, ["c"]: (-1) });
  for (let it9 of "x,y,z".split("|").join("-")) {
    var s10 = ("-7" + o8?.zz).slice(0, 48);
  }
}
const f11 = (p12 = .5, p13 = [1, 2]) => p13.map(p14 => 4).indexOf((p12 *= 20));
if (((-4294967295) < 3.75)) throw new Error("u:" + ('MiXeD' + ({ "x": 4, 10: 1000 })));
const sa15 = ("a"[0] ?? "  pad  ").padStart(10, "0").split(",");
var n16 = "a b c".indexOf("tab\tend");
let caught17 = null;
try {
  n16 = Math.min((++n16));
  let o18 = ({ ...({ y: 5 }), c: (-0xff) });
  if (((6 ** 10) >= [10, 100, (-0), 20, (0 / 0), 7].reduce((acc19, x20) => acc19 * x20, 1))) throw "3.5";
} catch {
  caught17 = "caught";
}
let a21 = Array.from({ length: 0 }, (_, i22) => i22 * 2147483647);
let { x: n23, a: n24 = (-9007199254740993), ...o25 } = ({ k1: 8, "c": 4 });
n23 ||= (null ?? "a b c".slice(1));
for (let i26 = 0; i26 <= 9; ++i26) {
  const n28 = f11(i26);
}
o25 ||= o25;
const f29 = () => {
  for (const it30 of Object.keys(o25)) {
    o25 = ({});
    if ((it30.slice((-1), 2) == it30.padEnd(8))) {
      f11(7, Object.values(o25));
      if (a21.length < 40) a21.push((n24 - n16), f11(n24));
    }
  }
  if (((-1 / 0) > [.5].indexOf(0b101))) return (0 + 'x,y,z').slice(0, 48);
  return JSON.stringify(a21).slice().slice(0, 48);
};
const a31 = [5, 4, 8, (-.5)];
return [sa15, n16, caught17, a21, n23, a31];
