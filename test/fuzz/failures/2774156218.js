// Kitwork fuzz failure, program seed 2774156218
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:2
// VM: throw <value>: Error: u:2
// replay: node --import tsx test/fuzz/run.ts --replay 2774156218

let w1 = 0;
do {
  w1++;
  if ([(0 / 0), (-0b101)].includes(2)) {
    let caught2 = null;
    try {
      let n3 = Math.trunc(9);
      const s4 = "MiXeD".slice((-4));
      --n3;
    } catch {
      caught2 = "caught";
    } finally {
      let n5 = [1, 9, 0o17, 7, 8].reduce((acc6, x7) => acc6 * x7, 1);
    }
  } else if (((-7) === ((-4294967296) / (-0)))) {
    var o8 = (([(-1 / 0), 0.5] == "a b c") ? (false ? ({ a: 2 }) : ({ c: 7, "y": 0, k1: (1 / 0) })) : ({ k1: (-10) }));
  } else {
    var s9 = "zz".toUpperCase().slice((-3), 5);
  }
} while (w1 < 10);
for (const it10 of ["line\nbreak", "tab\tend", "line\nbreak", "a"].slice().sort((x11, y12) => x11.length - y12.length)) {
  let s13 = ((w1 + "1e3")[3] ?? "  pad  ").slice(0, 48);
}
let o14 = ({ ...({ ...({ "2": (-1.5) }), k1: w1 }), a: 'hello'.length });
const f15 = (p16, p17) => {
  let s18 = "a";
  return s18.padEnd(8);
};
const [s19 = "true"] = Object.keys(o14);
function rec20(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec21(n - 1);
}
function rec21(n) {
  return n > 0 ? rec20(n - 1) : false;
}
const f22 = (p23, p24, p25) => p23;
if (((w1 | 2) > (w1 - 3))) throw new Error("u:" + s19);
const f26 = (p27 = [1, 2], p28) => {
  if (false) {
    switch ("0".slice(1, 2)) {
      case "a":
        break;
      case "hello":
      case "0": {
        break;
      }
      case "x,y,z":
        let [n29 = (-255), n30 = 32, n31, ...a32] = ["  pad  ", "b"].map((q33) => q33.length);
        ++p28;
      default:
        break;
    }
  }
  try {
    return (p28 / 1);
  } finally {
  }
};
return [w1, o14, s19, s19.slice(), (4 !== w1)];
