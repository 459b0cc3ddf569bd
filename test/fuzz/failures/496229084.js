// Kitwork fuzz failure, program seed 496229084
// reason: different results
// V8: ok [NaN,[0,-0,-0,-0,-0,-0,-0,0,64,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN],NaN,null," 0,0,0,0,0,0,0,0,64,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN:4294967296 end","$MiXeDa0,0,0,0,0,0,0,0,64,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN"]
// VM: ok [NaN,[0,-0,-0,-0,-0,-0,-0,0,64,NaN],NaN,"TypeError"," 0,0,0,0,0,0,0,0,64,NaN:4294967296 end","$MiXeDa0,0,0,0,0,0,0,0,64,NaN"]
// replay: node --import tsx test/fuzz/run.ts --replay 496229084

let n1 = (false ? (0 / 0) : (-1 / 0));
const a2 = Array.from({ length: 1 }, (_, i3) => i3 * 0b101).map((p4, i5) => (n1 >>> 0)).map(p6 => p6);
for (const it7 of [10, n1, n1, 3, n1, 8]) {
  n1 /= n1;
  --n1;
  if (a2.length < 8) a2.push((-0));
}
const acc8 = {
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
function rec9(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec10(n - 1);
}
function rec10(n) {
  return n > 0 ? rec9(n - 1) : false;
}
const n11 = n1;
if (a2.length < 8) a2.push((0 ?? n1), (8 ** 2));
const f12 = (p13, p14) => undefined;
let caught15 = null;
try {
  for (let i16 = 0; i16 < 8; i16 += 1) {
    if (a2.length < 20) a2.push((i16 / n11));
    const sa17 = a2.map((x18) => x18 + "");
    let caught19 = null;
    try {
      let x20 = `${([1, 1, 10, 5, 6, i16].join(", ") * 3)}`.slice(0, 48);
    } catch (e21) {
      caught19 = typeof e21?.message === "string" && e21.message.slice(0, 2) === "u:" ? e21.name + "/" + e21.message : (e21?.name ?? e21);
    } finally {
      if ([42, 0].map((p22, i23) => i23).includes((+[6, 0.1, 3, (-256), (1 / 0)]))) continue;
      n1 = (n1--);
    }
  }
  const s24 = (true ? "😀x" : "line\nbreak");
  var o25 = ({ k1: 4 });
  if (rec10((o25.k1 ?? (-0)))) throw (2147483647 & n11);
} catch (e26) {
  caught15 = typeof e26?.message === "string" && e26.message.slice(0, 2) === "u:" ? e26.name + "/" + e26.message : (e26?.name ?? e26);
  var s27 = ` ${"ab".repeat(2).slice()}x=${[Math.round(2), a2.reduce((acc28, x29) => acc28 - x29, 0)]}\`q`.slice(0, 48);
}
return [n1, a2, n11, caught15, ` ${a2}:${4294967296} end`, `$${"MiXeD"}a${a2}`];
