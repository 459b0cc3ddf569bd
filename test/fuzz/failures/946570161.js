// Kitwork fuzz failure, program seed 946570161
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:e
// VM: throw <value>: Error: u:e
// replay: node --import tsx test/fuzz/run.ts --replay 946570161

let o1 = (true ? ({ 2: 1, 10: 256, "y": 0, "x": (-1e21) }) : ({ a: 1_000, "k1": 7 }));
const a2 = [].map((x3) => x3 + "").map((q4) => q4.length);
let n5 = a2.map((x6) => x6 + "").length;
const o7 = (false ? o1 : o1);
const n8 = (Math.max(n5, "zz".indexOf("abc,def")) - Math.floor((n5 ** 10)));
function rec9(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec9(n - 1) + rec9(n - 2);
}
let b10 = (!(a2 > false));
const f11 = (p12) => {
  switch (`$${[]} ${1} end`) {
    case "hello":
      break;
    case "a":
      const [, s13] = ["ÅÉü", '3.5', "true", "true", "line\nbreak"].filter((p14) => false);
      const n15 = (-(-1_000));
      break;
    default:
      if (0 < p12.length) p12[0] *= 4;
      let s16 = ("x,y,z".at((-3)) ?? "");
      break;
    case "0":
    case "x,y,z": {
      break;
    }
  }
  ++n5;
  const [n17 = 1] = (b10 ? p12 : p12);
  for (const it18 of a2) {
    if (((false ? 4 : n8) == (true + it18))) continue;
  }
  return [];
};
const f19 = (p20, p21, p22) => {
  n5 ||= Number(((-1 / 0) + 'null'));
  return 'hello'.split(",");
};
const o23 = ({ ...({ y: (n5 += n5), k1: 100 }), ...o1 });
let w24 = 0;
while (w24 < 4) {
  w24 += 1;
  var sa25 = Object.keys(o23);
  let caught26 = null;
  try {
    const x27 = [["null", "\u0041\x42", "MiXeD", "a b c"]];
  } catch (e28) {
    caught26 = typeof e28?.message === "string" && e28.message.slice(0, 2) === "u:" ? e28.name + "/" + e28.message : (e28?.name ?? e28);
    b10 ||= (n8 === (n5 * n8));
  }
}
if (b10) throw new Error("u:" + ("MiXeD"[3] ?? "hello"));
const a29 = a2.filter(p30 => b10);
return [o1, a2, n5, o7, n8, b10, o23, w24, a29, ('single' > "3.5"), "q\"uote".slice(2, 5)];
