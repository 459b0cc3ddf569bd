// Kitwork fuzz failure, program seed 574370657
// reason: V8 returned, VM threw
// V8: ok [[10,2,-8,0.5,5,255,0.1,1,4,255,-0,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN],255,false,255,"\nab$Hi therex=null,q\"uote,ÅÉü,-7!"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 574370657

const a1 = [10, 2, (-8), .5, 0b101].concat([...[255, 0.1, 1, 4, 0xff, (-0)], ...[]]).slice(0, 16);
const n2 = (a1[Math.abs(Math.abs(0b101))] ?? 65535);
for (let i3 = 0; i3 < 5; i3 += 3) {
  let w4 = 0;
  while (w4 < 4) {
    w4 += 1;
    for (const it5 of Object.keys(({ ...({ 0: (1 / 0), a: 32, c: (0 / 0) }), c: 1 }))) {
      if (a1.length < 40) a1.push((+a1));
    }
    const { x: n6 = 1.5e300, ...o7 } = ({ x: (-0), len: 7, a: (0 / 0), y: n2 });
  }
  let s8 = "-7".padStart(6);
  const adder9 = (k) => (v) => v * k;
  const add10 = adder9(["zz", "true", "abc,def"].length);
}
const acc11 = {
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
for (let i12 = 3; i12 > 0; i12--) {
  let n13 = (-acc11.add(i12));
  switch ((+a1)) {
    case (0 / 0):
      const [n14 = 0, , ] = a1;
      for (let i15 = 0; i15 < 3; ++i15) {
        var n16 = a1.indexOf(i15);
        const a17 = a1;
        const s18 = `$${[10, ...[(-1 / 0), 4, 2147483647], ...a17].map(p19 => (+"ÅÉü"))}:${[7, ...a1, ...[0]].reduce((acc20, x21) => acc20 + x21, 1)}a${(-1 / 0)}`.slice(0, 48);
      }
      break;
  }
  const x22 = `${([8, 10, 1_000, 2] + "MiXeD")}`.slice(0, 48);
}
a1.pop();
const b23 = (JSON.stringify(n2) > (3 + "0"));
for (let i24 = 0; i24 <= 16; i24 += 1) {
  if (((false && a1) == undefined)) continue;
}
const f25 = function (p26, p27) {
  if ((null == null)) {
    let b28 = ((p27 *= 100) === (p27 ** 10));
  }
  for (let i29 = 0; i29 < 6; i29 += 2) {
    const n30 = Math.max();
    if (a1.length < 40) a1.push((false ?? (-0.5)));
  }
  p27 = Math.max((~n2), 4, (p27 + p27));
  return p27;
};
return [a1, n2, b23, (true ? n2 : n2), `\n${["ab"]}$${'Hi there'}x=${["null", "q\"uote", 'ÅÉü', '-7']}!`];
