// Kitwork fuzz failure, program seed 1360729762
// reason: V8 returned, VM threw
// V8: ok [-1,null,-14,undefined,{"y":8,"a":9},true,[-1000,-1000,-0.5,6,7,16,Infinity],5]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1360729762

const f1 = (p2, p3 = [1, 2]) => {
  switch ((100 % 1)) {
    case 0:
      p3 ??= Array.from({ length: 4 }, (_, i4) => i4 * 2);
      if (p3.length < 64) p3.push(5);
      break;
    default:
      break;
  }
  var b5 = (false || true);
  if (p3.includes((-123.456))) throw 3.75;
  p3 = p3.map((p6) => 0).concat(p3.concat(p3)).slice(0, 16);
  return [...p3].filter((x7) => x7 === x7).sort((x7, y8) => y8 - x7);
};
const n9 = (([2147483647, .5].reduce((acc10, x11) => acc10 * x11, 2) >= Math.min((-1.5e300))) ? [100, 256, 8].concat([3, 6, 9, (-0)]).indexOf((+[(-65535), (-0), 0.2, 0.5])) : 'x,y,z'.toUpperCase().indexOf((7).toFixed(0)));
let x12 = [({ 0: 5, x: 0, k1: (-1_000), c: 1e-7 }), n9, ({})];
let x13 = (undefined || ({ a: 5, z_: 8, 2: Math.trunc(3), 0: 8, ["n" + 2]: (-5) }));
if ((n9 <= (n9 ** 10))) {
  for (let i14 = 0; i14 <= 18; ++i14) {
    const n15 = (-n9);
  }
} else {
  let { len: n16 = 255, c: n17 = (1 / 0) } = ({ ["k" + 1]: (0 / 0) });
  function f18() {
    let s19 = ('b'[1] ?? "hello");
    return (-(true + n17));
  }
}
let { b: n20 = 2, len: n21, ...o22 } = ({ ...({ y: 8 }), a: 9 });
let b23 = true;
x12 = null;
for (let i24 = 0; i24 <= 14; i24++) {
  --n20;
  const acc25 = {
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
}
--n20;
let a26 = [(-1000), 6, 16, 7, (1 / 0), (-1_000)].concat((-.5)).filter((x27) => x27 === x27).sort((x27, y28) => x27 - y28).slice(0, 16);
for (let i29 = 10; i29 > 0; i29--) {
  switch ((n9 - n20)) {
    case (-1):
      if (0 < a26.length) a26[0] *= 255;
      let s30 = "x,y,z".split(", ").join("|");
      break;
    default:
    case 10:
    case 1:
  }
}
return [n9, x12, n20, n21, o22, b23, a26, ["\u0041\x42", 'zz', "hello", "ab", "3.5"].length];
