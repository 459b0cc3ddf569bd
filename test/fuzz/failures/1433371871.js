// Kitwork fuzz failure, program seed 1433371871
// reason: V8 returned, VM threw
// V8: ok [[NaN,255,7,7,-3,1,NaN,0],NaN,[0,NaN,3,-Infinity,-Infinity,-Infinity,-Infinity,NaN],1,["NaN","255","7","7","-3","1","NaN","0"],{"2":1,"10":3,"k1":2147483648,"z_":7,"y":1},["2","10","k1","z_","y"]]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1433371871

const a1 = [...[(0 / 0)], ...[255, 7, 7, (-3), 1, 10]].slice(0, 16);
a1.pop();
const f2 = function (p3, p4 = [1, 2], p5) {
  if ("3.5".includes("q\"uote")) throw new Error("u:" + p5.padStart(7));
  p4 = [p3, (-0), 9, 9, 10];
  return a1.filter(p6 => false);
};
const n7 = Math.sign(a1.reduce((acc8, x9) => acc8 - x9, 1));
const a10 = [...[0, (0 / 0), 3], ...a1.map(p11 => (-1 / 0))].slice(0, 16);
let w12 = 0;
while (w12 < 1) {
  w12++;
  let s13 = "😀x".charAt(2).padEnd(3, "");
  const o14 = (['ab', "abc,def", "x,y,z", "b"].includes('a-b-c') ? ({ c: 4, k1: 7, 2: (0 / 0), x: 10 }) : ({ ...({ a: 4, b: 2 }), a: (-2.5) }));
  if (a1.length < 8) a1.push((+[(-100), 1000, 2]), [].length);
}
const acc15 = {
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
a10.pop();
const sa16 = a1.map((x17) => `${x17}`);
for (const it18 of sa16) {
  for (let i19 = 0; i19 < 19; i19 += 1) {
    acc15.add(acc15.add((-1)));
    acc15.add(Math.round(i19));
  }
  let s20 = (false ? it18 : it18);
  let sa21 = ["a"];
}
if (a10.length - 1 < a10.length) a10[a10.length - 1] = (+[0b101, 6]);
let o22 = ({ ...({ ...({ "10": 3, k1: 2147483648, "2": w12 }), z_: 7 }), y: (-[].indexOf(w12)) });
var sa23 = Object.keys(o22);
return [a1, n7, a10, w12, sa16, o22, sa23];
