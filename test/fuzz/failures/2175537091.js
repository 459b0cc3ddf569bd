// Kitwork fuzz failure, program seed 2175537091
// reason: different results
// V8: ok [12,[49152,9,4],"4a049152,9,4",{"len":"undefined"},"4a049152,9,4",3,-1000,-3.75,-0.005]
// VM: ok [12,[49152,"",4],"4a049152,,4",{"len":"undefined"},"4a049152,,4",3,-1000,-3.75,-0.005]
// replay: node --import tsx test/fuzz/run.ts --replay 2175537091

let w1 = 0;
do {
  w1++;
  const { c: n2 = 256, a: n3 } = ({});
} while (w1 < 12);
for (let i4 = 4; i4 > 0; i4--) {
  let caught5 = null;
  try {
    const s6 = (w1 + "hello").slice(0, 48);
    const { x: n7 } = ({ b: w1 });
    for (let i8 = 0; i8 < 17; ++i8) {
      if ((i4 > (-1.5))) break;
      if ((4 == 1)) continue;
      const x9 = n7?.p?.length;
    }
  } catch (e10) {
    caught5 = typeof e10?.message === "string" && e10.message.slice(0, 2) === "u:" ? e10.name + "/" + e10.message : (e10?.name ?? e10);
    if ("q\"uote".includes('Hi there')) break;
  }
  switch ((i4 ^ 256)) {
    case 0:
      switch ([0, (-10), (-2.5)].indexOf(i4)) {
        default:
          break;
        case "1": {
          const n11 = (i4 ** 3);
          let a12 = [n11, (-1 / 0), (0 / 0), (-5e-324), 6];
          break;
        }
        case (-1): {
          let { b: n13, c: n14 } = ({ ...({ "c": (-2147483648), 2: (1 / 0) }), ...({}) });
          var s15 = "ab".padStart(2, "*").toLowerCase();
          break;
        }
        case (-0):
      }
      for (const it16 of "-7".repeat(3)) {
        var b17 = ("q\"uote".split("").join("|") > String((caught5 ?? true)));
        const x18 = null;
        let [n19 = 256, ] = Array.from({ length: 6 }, (_, i20) => i20 * 9);
      }
      break;
    default: {
      break;
    }
  }
}
let a21 = [Math.abs((w1 << w1)), 9, (-([] ?? w1))];
if (a21.length - 1 < a21.length) a21[a21.length - 1] = "true".length;
const s22 = ((["line\nbreak", "null", "null", "Hi there"].length + ("a" + 0)) + a21.join(",").slice()).slice(0, 48);
const o23 = ({});
var s24 = s22.split(" ").join("");
let { a: n25 = 3, x: n26 = (-1000) } = ({ len: 31, 0: 16 });
o23["len"] += ([] ?? (-32));
return [w1, a21, s22, o23, s24, n25, n26, (o23.a ?? (-3.75)), (5 / n26)];
