// Kitwork fuzz failure, program seed 4135459076
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:line
//     break
// VM: throw <value>: Error: u:line
//     break
// replay: node --import tsx test/fuzz/run.ts --replay 4135459076

const o1 = ({ c: 7 });
if ((8 !== 6)) throw new Error("u:" + "line\nbreak".split("|").join(""));
let a2 = [...[4, 0b101, 256, 4], ...[]].slice(0, 16);
const n3 = (-5);
switch (`\n${a2}$${[1, 4, 5, (-1 / 0)]}`) {
  case "x,y,z":
    if (a2.map(p4 => 1e-7).includes((a2[0] ?? 255))) {
      const b5 = Object.entries(o1).map((e6) => e6[1]).includes((o1["10"] ?? 3));
      const { len: n7 = (-2), c: n8, a: n9 = 0o17, ...o10 } = ({ y: n3, "len": (-1.5), 0: n3, ...o1 });
      let a11 = [7, 1, 4, 6, (-0)].slice(0, 1).filter((x12) => x12 === x12).sort((x12, y13) => x12 - y13);
    } else {
      const s14 = 'single'.charAt(4).split("|").join("-");
    }
    const n15 = Math.ceil(Math.sign((-1 / 0)));
  case "":
    const [n16 = 5, , ...a17] = [];
    break;
}
const n18 = ("zz".split("|").length * (Math.sqrt(n3) + 42));
a2 = [10, 3, 5, 16, 5e-324].filter((p19) => true).map((p20) => Math.max(...a2));
a2 ||= [(1 / 0), (-2.5), (-7), 100].map((p21, i22) => 8);
a2 = [3, 2, 4, 9, 9].concat(a2).slice(0, 16);
if (a2.length - 1 < a2.length) a2[a2.length - 1] += ((-100) % 5);
function mk23(start, step = 1) {
  let c24 = start;
  return () => {
    c24 += step;
    return c24;
  };
}
const ctr25 = mk23((-9007199254740993), 7);
const ctr26 = mk23(7);
return [o1, a2, n3, n18, (typeof 1)];
