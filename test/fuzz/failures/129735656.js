// Kitwork fuzz failure, program seed 129735656
// reason: V8 returned, VM threw
// V8: ok [{"a":-0,"z_":0,"len":-0.1},-1000,6]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 129735656

const x1 = `${(Math.round((0 ** 1)) / Math.abs((3 % 1e21)))}`.slice(0, 48);
if ([4294967296, 8, 4].filter(p2 => false).includes((+[]))) {
  const acc3 = {
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
} else {
  const fs4 = [];
  for (let i5 = 0; i5 < 3; i5++) {
    fs4.push((v) => v * i5);
  }
}
var o6 = ({ ...({ a: [42, 3, 32, 4, (-123.456), 3].reduce((acc7, x8) => acc7 * x8, 0) }), ...({ z_: [10, 3, 8, 6].reduce((acc9, x10) => acc9 * x10, 0), len: ((-0.1) ** 1) }) });
const { b: n11 = (-1_000), c: n12 = 6 } = o6;
for (const it13 of [6].map((x14) => `${x14}`)) {
  let o15 = ({ "len": 2 });
  o15.y ??= it13.charCodeAt(3);
  const n16 = n12;
}
let w17 = 0;
while (w17 < 15) {
  w17 += 1;
  const acc18 = (() => {
    let total = 0;
    const items = [];
    return {
      add: (v) => {
        total += v;
        if (items.length < 32) items.push(v);
        return total;
      },
      get: () => total,
      list: () => items.slice(),
    };
  })();
  const fs19 = [];
  for (let i20 = 0; i20 < 5; i20++) {
    fs19.push((v) => v + i20);
  }
  if (Object.entries(o6).map((e21) => e21[1]).includes(acc18.add(n12))) break;
}
o6 = o6;
for (let i22 = 0; i22 <= 6; ++i22) {
  let { b: n23 = 1.5e300, len: n24, a: n25 = 20 } = o6;
  let n26 = (1.5e300 - n23);
  ++n23;
}
return [o6, n11, n12];
