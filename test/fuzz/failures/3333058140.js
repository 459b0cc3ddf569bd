// Kitwork fuzz failure, program seed 3333058140
// reason: V8 returned, VM threw
// V8: ok [4,"2",{"0":0,"z_":9007199254740991}]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3333058140

switch ((42 % 7)) {
  case (0 / 0):
    let w1 = 0;
    while (w1 < 1) {
      w1++;
      if (((9007199254740991 <= (-9007199254740993)) || (["ÅÉü", "0", "0", "  pad  ", "3.5"] != (0 / 0)))) continue;
    }
    break;
  case 2:
    break;
  default: {
    let a2 = [...[6, (-1e21), 65535].filter((x3) => x3 === x3).sort((x3, y4) => x3 - y4), ...[5, 2, 9007199254740993, 3].filter((p5) => false)].concat([(-0), (-2), (-7), 1]).slice(0, 16);
    break;
  }
  case (-1): {
    break;
  }
}
for (const it6 of "hello".padStart(3)) {
  if ((false && false)) {
    if ((false && true)) break;
    let [n7] = (false ? [1, (0 / 0)] : [(-4294967295), (1 / 0), (-1 / 0)]);
  } else {
    let b8 = (Math.abs(["b"].length) <= Math.min());
    let { a: n9 = 1000, ...o10 } = ({ ...({ c: 3 }), ...({ "y": (1 / 0), 0: 1, 2: (1 / 0), len: 0.1 }) });
  }
  if (Object.keys(({ a: 7, len: (-4294967296), c: (0 / 0), x: (-1 / 0) })).includes('abc,def')) {
    let b11 = (it6 == it6);
    const x12 = [8, (-5e-324), 0, (-1 / 0), (-5e-324)];
    let { c: n14, b: n15 = 42, a: n16 = (0 / 0) } = ({ "y": (-0.2), 0: 20, 10: 9 });
  } else {
    if (("zz" == (it6[3] ?? "3.5"))) {
      let n17 = 32;
      const sa18 = Object.keys(({ ...({ a: 256, 2: 9, len: 1 }), x: n17 })).map((p19) => JSON.stringify((typeof 0), null, 0).slice(0, 48)).slice(0, 16);
      let { c: n20 = 10, x: n21 = 3 } = ({ ...({ z_: (-2.5), a: 3 }), y: n17 });
    }
    const b22 = [0, 1, 10, 3.75, 10].filter(p23 => true).map(p24 => (-2147483648)).includes(((({}) ?? 3) & (+1)));
  }
}
let n25 = `${[0.1, 7, 1]}\`q`.indexOf(JSON.stringify([20, 8, 2, 6, (-0o17)], null, 0));
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
n25 -= ((n25 ^ n25) - 5);
let s27 = (`$${4294967296}`[2] ?? "x,y,z").slice(0, 48);
const o28 = ({ 0: 0, z_: 9007199254740991 });
return [n25, s27, o28];
