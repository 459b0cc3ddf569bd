// Kitwork fuzz failure, program seed 3967079825
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:-1
// VM: throw <value>: Error: u:-1
// replay: node --import tsx test/fuzz/run.ts --replay 3967079825

switch ("x,y,z".indexOf("Hi there")) {
  case 0: {
    const o1 = ({ a: 2147483648, "2": 1, b: 5, "k1": 0.2 });
    let s2 = ` ${"😀x"}`.slice(0, 48);
    break;
  }
  case 2:
    const f3 = (p4) => {
      if (p4.length < 64) p4.push((-1e3));
      var sa5 = ["zz", "x,y,z", "0", "back\\slash", '-7'];
      return ((4 <= [(0 / 0), 3, 0b101, 9, 5]) + (-(-8)));
    };
    break;
  default:
    break;
}
const x6 = undefined;
let o7 = ({ "2": 0, len: 1e3, z_: (-1e-7) });
let b8 = "true".includes("12");
let caught9 = null;
try {
  const s10 = JSON.stringify((typeof b8)).repeat(2).slice(0, 48);
  let s11 = s10;
} catch (e12) {
  caught9 = "outer";
} finally {
  if ([(1 / 0), (-5), 32].includes(1)) {
    var n13 = (-0.1);
  } else if (([].reduce((acc14, x15) => acc14 + x15, 0) >= "ab".indexOf("b"))) {
    var b16 = true;
  } else {
    let w17 = 0;
    while (w17 < 16) {
      w17 += 1;
      const n18 = Math.round(Math.round(1));
    }
  }
}
const o19 = o7;
const n20 = [3].filter((p21) => false).indexOf((false ? 10 : 9007199254740991));
const a22 = Array.from({ length: 3 }, (_, i23) => i23 * 0.5).filter((p24) => ('' > [9].map((x25) => x25 + "")));
a22.pop();
let caught26 = null;
try {
  o7 = o7;
  const o27 = ({ z_: "-7".indexOf('hello'.repeat(0)), c: 2, len: ("12" + "  pad  ").indexOf("a-b-c"), x: (caught9 ?? (o19.c ?? 1.5)) });
  if (((o19.a ?? .5) >= n20)) throw "MiXeD";
} catch (e28) {
  caught26 = typeof e28?.message === "string" && e28.message.slice(0, 2) === "u:" ? e28.name + "/" + e28.message : (e28?.name ?? e28);
}
if ((("😀x" + o19) > `-${n20}a${false}:${true} end`)) throw new Error("u:" + JSON.stringify((-1)));
var s29 = `x=${"ab".slice(0)}`.slice(0, 48);
return [x6, o7, b8, caught9, o19, n20, a22, caught26, s29, n20, (4 ** 10)];
