// Kitwork fuzz failure, program seed 2279234219
// reason: different results
// V8: ok [[NaN,NaN,NaN],"NaN",["y","c","b"],{"len":8,"z_":4e-300,"c":-1.5}]
// VM: ok [[NaN,NaN,NaN],"NaN",["0","c","b"],{"len":8,"z_":4e-300,"c":-1.5}]
// replay: node --import tsx test/fuzz/run.ts --replay 2279234219

switch ('😀x') {
  case "hello":
    const x1 = [31];
  case "x,y,z":
  default: {
    if (false) {
      const sa2 = [(-0), (2147483648 >>> 7), (3 / 3), (true ? 9007199254740993 : 10), (-1 / 0)].map((x3) => `${x3}`);
      if ([(-123.456), (1 / 0), (0 / 0), (-0), (-1 / 0)].map((p4) => (-255)).includes([(-123.456), 0, 9007199254740993, (0 / 0)].indexOf(0b101))) {
        const a5 = [4].map((p6, i7) => (-0)).map(p8 => Math.sqrt(p8));
        let s9 = (true ? "Hi there" : 'a');
        let s10 = (("q\"uote" + [16, 0.2, 9007199254740993]).at(2) ?? "").split("").join(" ").slice(0, 48);
      } else {
        var a11 = [4294967295, ...[1e21, .5, 5, 3, 20], ...[10]].slice(0, 16);
      }
    } else {
      let b12 = ((-0.2) != (1 / 0));
    }
    break;
  }
  case "0": {
    break;
  }
  case "a":
    break;
}
let a13 = [3].slice((-2));
let x14 = `${((JSON.stringify([undefined]) + `a${8}\n${["😀x", "a", "MiXeD"]}\`q`) - ({ b: (-1 / 0), z_: (~0xff), k1: (0 / 0) }))}`.slice(0, 48);
const sa15 = Object.keys(({ y: ([] ?? 7), "c": (+a13), "b": 7 }));
for (let it16 of sa15) {
  const f17 = (p18, p19) => [1e3, p18, 5, 9007199254740991, 8, p19];
  if (false) continue;
}
function rec20(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec21(n - 1);
}
function rec21(n) {
  return n > 0 ? rec20(n - 1) : false;
}
for (let i22 = 13; i22 > 0; i22--) {
  a13 = sa15.map((q23) => q23.length).map((p24) => Number("zz"));
}
const o25 = ({ "len": 8, z_: (6 / (a13[(-42)] ?? 1.5e300)), ["c"]: (-1.5) });
const acc26 = {
  total: 0,
  items: [],
  add(v) {
    this.total += v;
    if (this.items.length < 32) this.items.push(v);
    return this.total;
  },
  get() { return this.total; },
  list() { return this.items.slice(); },
};
return [a13, x14, sa15, o25];
