// Kitwork fuzz failure, program seed 1057936625
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:12[object Object]
// VM: throw <value>: Error: u:12[object Object]
// replay: node --import tsx test/fuzz/run.ts --replay 1057936625

if ((typeof (0 || ["true", "x,y,z", "ÅÉü", 'MiXeD', 'ÅÉü']) === "object")) throw new Error("u:" + ("12" + ({ k1: 0o17 })));
var x1 = undefined;
x1 = x1;
let n2 = (3 + 5);
let caught3 = null;
try {
  let { x: n4 = 3, ...o5 } = (true ? ({ a: 0.2, b: 2 }) : ({ "a": (-0), z_: 7 }));
  for (const it6 of ["", "Hi there", "12", "line\nbreak"].concat(["\u0041\x42", "ÅÉü"])) {
    n2 = (-7);
    const a7 = Object.entries(o5).map((e8) => e8[1]);
    switch (`a${n4}`) {
      case "ab":
        o5.len = ((1 / 0) ** 3);
        break;
      default:
        break;
      case "x,y,z": {
        let b9 = ["  pad  ", "-7", "tab\tend", "tab\tend", 'true'].includes(` ${false}\n${true}${['abc,def', "true", "null"]}`);
        break;
      }
      case "0":
      case "a":
        delete o5.c;
        break;
    }
  }
  let n10 = (n2 *= Math.floor((true ? n4 : n4)));
  if (("null" <= "")) throw new Error("u:" + `\n${(-42)}-${"-7"}\n${[(-2147483648), 0.2, 8, 5e-324, 5]}!`);
} catch (e11) {
  caught3 = "outer";
} finally {
  for (const it12 of [n2, n2]) {
    if ((`-${"😀x"}a${[(-0), 0]}$${false} end` === "-7")) continue;
    let o13 = ({ len: (~(-3)), "b": 4, "0": ("x,y,z"[1] ?? "").length, x: Math.round((n2 >> n2)) });
  }
}
return [x1, n2, caught3];
