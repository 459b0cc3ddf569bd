// Kitwork fuzz failure, program seed 3722536874
// reason: different results
// V8: ok [null,4,256,4,2,NaN,2]
// VM: ok [null,"4,7,9007199254740991,-Infinity",[4,7,9007199254740991,-Infinity],4,2,NaN,2]
// replay: node --import tsx test/fuzz/run.ts --replay 3722536874

var o1 = ((true && false) ? ({ ...({}), y: 4294967295 }) : ({ ...({ "2": (-5e-324), "c": 2.5, k1: 5, b: 7 }), ...({ "10": 8 }) }));
let caught2 = null;
try {
  let x3 = `${('single'.toUpperCase() + [(-0), (-10), 4, 1.5, 5, 0])}`.slice(0, 48);
  const a4 = [10, 4];
  const memo5 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })((7 % 2));
} catch (e6) {
  caught2 = "outer";
} finally {
  o1 = o1;
  let { x: n7 } = ({ ...o1, z_: 32 });
}
o1 = ({ ...({ b: 100 }), k1: (0 / 0) });
let n8 = 4;
let w9 = 0;
while (w9 < 15) {
  w9++;
  for (let [k11, v12] of Object.entries(({ ...o1, ...({ x: 6 }) }))) {
    const a13 = [32, (-1), (~(n8 * 10)), 7];
  }
  let n14 = n8;
}
let { a: n15 = 8, b: n16 = 256 } = ({ 0: 3, 10: 6, x: 3.75, c: 7 });
const n17 = (Number.isInteger((9 >> w9)) ? 1 : 0);
const n18 = (n8 % 65535);
const n19 = Math.round(2);
const acc20 = {
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
if (((!['ab', "1e3", "0", 'a-b-c', "ÅÉü"]) && (n15 < n16))) {
  for (const it21 of []) {
    for (const it22 of [1, (-0.5), 3]) {
      let [n23, n24, n25 = 2147483648, ...a26] = [n15, n16, 10];
      n24 = n23;
      ++n25;
    }
    let x27 = caught2;
    n16 = w9;
  }
  const s28 = (Object.keys(o1).join("|")[1] ?? "Hi there").slice(0, 48);
}
return [caught2, n8, n16, n18, n19, (+[4, 7, 9007199254740991, (-1 / 0)]), "\u0041\x42".length];
