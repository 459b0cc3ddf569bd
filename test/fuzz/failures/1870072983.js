// Kitwork fuzz failure, program seed 1870072983
// reason: V8 returned, VM threw
// V8: ok ["[{\"p\":[],\"q\":{\"r\":true}}]",8,"[{\"p\":[],\"q\":{\"r\":true}}]",1000,10,{"2":6,"x":2,"y":-100,"c":0,"k1":8},true]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1870072983

const s1 = ([.5, 1e-7, 6].includes("ab".length) ? JSON.stringify((-123.456)).padEnd(9, "") : JSON.stringify([({ p: [], q: { r: true } })])).slice(0, 48);
const f2 = (...rest3) => ((rest3[6] ?? 256) - 100);
const acc4 = {
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
for (const it5 of Object.keys((true ? ({ len: 7, c: 1_000, "y": 0.1 }) : ({ k1: 1_000 })))) {
  if ([2].map(p6 => p6).includes((+[]))) {
    if ([].includes((1 / 0))) break;
    if (Array.isArray(s1)) {
      const s7 = "MiXeD";
      if (([(-0xff), (0 / 0), (0 / 0)].includes(1) || ["a b c", "null", "", "b", "a b c"].includes(s7))) continue;
    } else if ((({ p: ({ "y": (-1 / 0), c: 2, "b": (-2147483647) }), q: { r: (-1e21) } }) > [(-0.1), 4, 10, 256, 1].filter(p8 => false))) {
      f2();
      const s9 = "line\nbreak".slice();
    }
    let a10 = [1, (0 / 0), 1e-7, 2, (-1.5)].filter((x11) => x11 === x11).sort((x11, y12) => x11 - y12);
  }
  const b13 = [].slice().sort().includes([8, (-16)].indexOf(2147483648));
  const { x: n16, ...o17 } = ({ ...({ c: 3, b: 4 }), ...({}) });
}
let w18 = 0;
do {
  w18++;
  let n19 = (+[]);
  const [, n20, n21 = (-32), ...a22] = [(1 / 0), 7, 123.456, 1e-7, (-255)].map(p23 => 4);
} while (w18 < 8);
const s24 = s1;
const [n25 = 1000, n26 = 10, ] = [10, 2, 8, (0 / 0), (-5e-324)].filter((p27) => false);
const f28 = (p29, p30) => s24;
const f31 = function (p32, p33) {
  const s34 = (s1 + "b").slice(0, 48);
  return `x=${["abc,def"].filter(p35 => true)}-${[...[1.5], ...p32]}:${(n25 != w18)}`.slice(0, 48);
};
const o36 = ({ ...({ 2: 6, x: 2, y: (-100), c: 0 }), k1: w18 });
return [s1, w18, s24, n25, n26, o36, ("" != "abc,def")];
