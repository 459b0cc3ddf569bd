// Kitwork fuzz failure, program seed 3585210517
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:-1000 
//     1.5`q
// VM: throw <value>: Error: u:-1000 
//     1.5`q
// replay: node --import tsx test/fuzz/run.ts --replay 3585210517

let o1 = ({ y: "true".length, 2: (-8), x: (({ k1: (-3), x: 4294967296 }) ?? (1 + 2)), b: 1 });
const f2 = (p3 = [1, 2]) => "".split(",");
function rec4(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec4(s, n - 1);
}
const x5 = `${(([4294967296, (-2), (0 / 0), 3].map((x6) => `${x6}`) + ((-0) + 0)) + (({ ...({}), ...o1 }) % "abc,def".slice()))}`.slice(0, 48);
const [s7, ] = ["", "\u0041\x42"].filter(p8 => true);
for (let i9 = 0; i9 <= 6; i9 += 1) {
  let a10 = Object.entries(o1).map((e11) => e11[1]);
}
const { x: n12, ...o13 } = ({ b: (-5e-324), z_: (-0) });
if (true) throw new Error("u:" + `-${1e3} ${[]}\n${1.5}\`q`);
switch ("MiXeD") {
  case "ab":
    let { len: n14 = 7, x: n15, b: n16 = 1e-7 } = ({ ...o1, k1: 0.1 });
  case "a":
    rec4(("😀x" + "ÅÉü"), ["-7", "x,y,z", "ab"].length);
}
function f17(p18 = (-4294967295), p19) {
  if ((![5e-324, (-0), 7, 4, 8].reduce((acc20, x21) => acc20 * x21, 1))) throw "hello";
  o1 ??= o1;
  for (let i22 = 0; i22 < 10; i22 += 2) {
    p19 = (false + i22);
    o1 = ({ ...({ "c": (0 / 0), k1: 9, 10: (-1_000) }), ...o1 });
    let n23 = ['ab', "Hi there"].length;
  }
  for (let i24 = 0; i24 < 8; i24 += 1) {
    p18 &&= p19;
    for (let i25 = 0; i25 < 8; i25 += 1) {
      p19 |= Math.min(Math.min(i25));
      const sa26 = ["a b c", "MiXeD", "null"].concat([]).slice(0, 16);
    }
    const n27 = (-16);
  }
  return ("" + p19).slice(0, 48);
}
switch (Math.ceil(10)) {
  case 3: {
    break;
  }
  default:
    const fs28 = [];
    for (let i29 = 0; i29 < 1; i29++) {
      fs28.push((v) => v * i29);
    }
    const sa30 = [10, 16, 3, 0xff].map((x31) => `${x31}`).slice(2);
    break;
  case (-0): {
    break;
  }
  case 10:
    o13.z_ += (4 + (-0));
    break;
}
return [x5, n12, o13, (typeof ["12", "hello", "3.5", "null", "line\nbreak"])];
