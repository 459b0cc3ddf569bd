// Kitwork fuzz failure, program seed 1738542763
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:
// VM: throw <value>: Error: u:
// replay: node --import tsx test/fuzz/run.ts --replay 1738542763

if (("a b c" <= "back\\slash")) throw new Error("u:" + '3.5'.repeat(0));
for (var i1 = 9; i1 > 0; i1--) {
  for (const it2 of ["", "-7"].slice().sort()) {
    let a5 = [3.75, 5, (true ? [4294967296, 1, 10, 42] : [(-0.5), 100, .5]).indexOf((20 / (-1e21))), 256, 10];
    const n6 = [2147483647, 42, 4].join("-").repeat(0).indexOf((.5).toFixed(3).repeat(0));
    const n7 = (false + n6);
  }
  switch ((i1 + 'single')) {
    case "x,y,z":
      for (var i8 = 0; i8 <= 12; i8++) {
        let s9 = '0'.toUpperCase();
        const s10 = s9;
      }
      let { b: n11 = 0, c: n12 = 6 } = ({ ...({ "b": 4294967295, "k1": 0, 10: (-0), y: 6 }), b: i1 });
    default:
      if (((0.5 << i1) === 7)) {
        const b13 = (((3 % i1) % "b".length) === (((-0o17) > 0.1) + (i1 << i1)));
        const o14 = ([4, 65535, (-5e-324), 5e-324].slice((-1), 6).includes([1_000, 0b101, 0b101, 0.5, 8].length) ? (true ? ({ x: 1, len: 1, a: 2 }) : ({ ...({ a: 6, x: 4294967296, k1: 10, "2": 6 }), b: 32 })) : ({ ...({ 2: (-0.2), y: i1, b: 10, x: 6 }), y: (i1 * i1) }));
      } else if (((typeof false) == (false ? "q\"uote" : "zz"))) {
        let { c: n15 = 7, a: n16, x: n17 = 0, ...o18 } = ({ k1: i1, 2: i1, len: (-1 / 0), z_: (-4294967296) });
        let n19 = 7;
      }
      for (let i20 = 0; i20 < 9; i20++) {
        const a21 = [10, ...[1, 0, 5, 5, 0.5, 2].map((p22) => i1), ...[...[], ...[0xff, (1 / 0), 0, (1 / 0), 10, (-0)]]].slice(0, 16);
        const [n23 = 2] = a21;
      }
      break;
    case "ab":
      break;
    case "a":
      break;
    case "0":
  }
}
var n24 = Math.abs(i1);
let sa25 = ["MiXeD", "ÅÉü"];
n24 ??= n24;
sa25.pop();
let a26 = [3, ("0".indexOf("zz") * [5e-324, 10, 7, 9, 1, 9].indexOf(9007199254740991)), ("x,y,z".indexOf("0") ** 3)];
let caught27 = null;
try {
  let a28 = [10, 4294967296, 9, i1, (-1 / 0)];
} catch (e29) {
  caught27 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
}
function f30(p31) {
  a26 = [8, 32, (-42), i1, (-4294967295), 4].filter((p32) => (({ "2": 6, "k1": 42 }) > 9007199254740991));
  const s33 = ("Hi there" + sa25.includes("ÅÉü")).slice(0, 48);
  return "ÅÉü";
}
let { a: n34 = 5, b: n35 = 9 } = ({ ...({ a: 256, k1: 1000, 2: 4, x: 9007199254740993 }), a: n24 });
let s36 = ("ÅÉü".charCodeAt(1) + (i1 + "MiXeD")).slice(0, 48);
const o37 = ({ c: (-0.5), 0: 8 });
o37["0"] ??= (true ? i1 : 1_000);
return [i1, n24, sa25, caught27, n34, s36];
