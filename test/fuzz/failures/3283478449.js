// Kitwork fuzz failure, program seed 3283478449
// reason: different results
// V8: ok [{"10":1,"k1":7,"z_":9},"atrue",5,"atrue"]
// VM: ok [{"10":1,"k1":7,"z_":9},"-Infinity,3,5,-5true",5,"-Infinity,3,5,-5true"]
// replay: node --import tsx test/fuzz/run.ts --replay 3283478449

const acc1 = {
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
function rec2(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec2(n - 1) + rec2(n - 2);
}
function rec3(xs, i = 0) {
  if (i >= xs.length || i > 40) return 0;
  return xs[i] + rec3(xs, i + 1);
}
let o4 = ({ k1: 7, 10: 1, z_: 9 });
o4 = o4;
var s5 = `a${((+[(-1 / 0), 3, 5, (-0b101)]) !== (6 % 5))}`.slice(0, 48);
function rec6(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec6(n - 1) + rec6(n - 2);
}
const f7 = (p8 = (-1000), p9 = [1, 2], p10) => {
  const s11 = s5;
  for (let i12 = 15; i12 > 0; i12--) {
    for (var i13 = 0; i13 < 11; i13 += 2) {
      const o14 = o4;
      if (p9.includes(i12)) return ("😀x" < ["😀x", "a-b-c", '  pad  ', "  pad  ", "zz"]);
      let o15 = o14;
    }
    o4 = ({ ...({ k1: 2147483647, "2": 8, c: i12, b: i12 }), ...o4 });
  }
  for (let i16 = 8; i16 > 0; i16--) {
    for (let i17 = 9; i17 > 0; i17--) {
      if (p9.length - 1 < p9.length) p9[p9.length - 1] *= p10;
      const a18 = acc1.list().map((p19) => p9.indexOf(s11.indexOf(s5)));
      const [n20 = (-0b101), ...a21] = [2, (0 / 0), 0.5, (-100), (-10), 9].filter((x22) => x22 === x22).sort((x22, y23) => x22 - y23);
    }
    o4 = ({ y: 9, c: 5, k1: Math.min(p8, 1), ...o4 });
    for (const it24 of Object.keys((true ? o4 : o4))) {
      let b25 = ((+["MiXeD"].map((q26) => q26.length)) === (o4[0] ?? 3));
      let sa27 = ["12", "MiXeD", "x,y,z", "12", "zz"].map((p28) => 'x,y,z');
    }
  }
  p10 = p9.pop() ?? 6;
  return (!["", "Hi there", "  pad  "]);
};
o4 = o4;
return [o4, s5, "a b c".length, s5];
