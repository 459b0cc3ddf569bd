// Kitwork fuzz failure, program seed 1849275377
// reason: different results
// V8: ok [[-31,0,2,8,116,224,1000],["[\"n\",\"u\",\"l\",\"l\"]"],-31,-31,0,[-31,0,2,8,116,224,1000]]
// VM: ok [["",[],0,2,116,224,1000],["[\"n\",\"u\",\"l\",\"l\"]"],0,"",[],["",[],0,2,116,224,1000]]
// replay: node --import tsx test/fuzz/run.ts --replay 1849275377

let a1 = [8, (-31), (+[]), 2, "true".charCodeAt(0), ((-31) - (-0xff))].filter((x2) => x2 === x2).sort((x2, y3) => x2 - y3);
const f4 = () => {
  const f5 = (p6, p7 = (-1000), p8) => {
    let n9 = Math.trunc((-p7));
    const b10 = (p6 < p6);
    let [, n11] = [9, 8, 65535, 0.5, (-1e3)].concat(p7);
    if (1 < a1.length) a1[1] *= (Number.isInteger(3) ? 1 : 0);
    return 'true'.toUpperCase();
  };
  const { a: n12 = (-1 / 0) } = ({ b: 6, k1: (-9007199254740991) });
  return JSON.stringify("null".split("")).slice(0, 48);
};
const sa13 = [...f4().split("-")].sort((x14, y15) => (x14 < y15 ? 1 : x14 > y15 ? -1 : 0)).slice(0, 16);
let n16 = Math.min(...a1);
let [n17 = 4, n18 = (-8)] = a1;
var a19 = a1;
for (let i20 = 0; i20 < 16; i20 += 2) {
  const s21 = "hello";
  if ((({ p: n16, q: { r: ({ z_: (-16), b: (-32) }) } }) !== (s21 + s21))) {
    switch ((s21 + "ab")) {
      case "": {
        const n22 = (n16 = 5);
        const s23 = ("Hi there" + ({})).slice(0, 48);
        break;
      }
      case "a":
        if (a1.length - 1 < a1.length) a1[a1.length - 1] *= n18;
      case "hello": {
        break;
      }
      default: {
        const b24 = (({ ...({ ...({ y: 1, "len": 2, 0: 2 }), k1: 256 }), ...({ 10: n16, z_: n18, "c": (-100), y: 5 }) }) != s21.length);
        break;
      }
      case "ab":
        var a25 = [255, (-0o17), (-(n18 = 0o17)), [].concat(a19).length].slice(0, 16);
        break;
    }
    a1 ??= Array.from({ length: 2 }, (_, i26) => i26 * (1 / 0)).filter(p27 => (1 == ({ len: 1, 10: (-1e-7), k1: 0 })));
    const { b: n28, x: n29 = 0 } = ({ ...({ 0: (-5e-324), k1: 5 }), b: n18 });
  } else {
    if (false) {
      var n30 = (n17 -= 42);
      n30 = Number(String(9));
      const s31 = `\n${"s"} ${false} ${n30}`.slice(0, 48);
    }
    if (Array.isArray(([] && true))) {
      let n32 = Math.trunc(n17);
    }
  }
}
if (a19.length < 8) a19.push((false + 1e3));
return [a1, sa13, n16, n17, n18, a19];
