// Kitwork fuzz failure, program seed 1634537152
// reason: V8 returned, VM threw
// V8: ok ["b",18,null,0]
// VM: throw TypeError: TypeError: Cannot create property 'total' on string '4,10'
// replay: node --import tsx test/fuzz/run.ts --replay 1634537152

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
const s2 = (true ? "b" : "zz");
switch ((5 / 0o17)) {
  case 10: {
    const s3 = "hello".slice();
  }
  case (0 / 0): {
  }
}
let w4 = 0;
while (w4 < 18) {
  w4++;
  let caught5 = null;
  try {
    const a6 = [(0 / 0), [].length, [].indexOf((-1 / 0)), [(-0), 7].indexOf((-2)), (-0)];
    const sa7 = s2.split("|");
    const o8 = ({ "y": (0 / 0) });
  } catch (e9) {
    caught5 = "outer";
  } finally {
    const n10 = s2.indexOf(s2);
    for (let it11 of Object.keys(({ ...({ c: 6, k1: (-1 / 0) }), z_: n10 }))) {
      let { x: n12 = 8, b: n13 = (0 / 0) } = ({ ...({ 2: 42, "10": 2147483648, b: 9 }), ...({ "x": 2.5 }) });
    }
  }
  for (const it14 of [3, 256]) {
    acc1.add((+[4, 10]));
    const s16 = (it14 + s2).slice(0, 48);
  }
}
let caught17 = null;
try {
  function f18(p19, p20) {
    var a21 = [...p19, ...p19].map((p22) => 'single'.length).slice(0, 16);
    if ((p20 <= p20)) {
      p19 ??= ['null', "a b c", "12", "1e3"].map((q23) => q23.length).filter((x24) => x24 === x24).sort((x24, y25) => x24 - y25);
      let o26 = ({ c: w4, "k1": w4, 10: 0.1 });
      let o27 = ({ ...o26 });
    } else if ((false || (false || true))) {
      a21 = a21.map(p28 => w4);
    } else {
      const s29 = ("-7".slice(5)[0] ?? 'null');
    }
    let sa30 = ['Hi there', "0", "1e3", "true", "😀x"].slice().sort((x31, y32) => x31.length - y32.length).map((p33) => String(p19).slice(0, 48)).slice((-1)).slice(0, 16);
    return (sa30[0] ?? '0');
  }
  if ((w4 < w4)) throw false;
} catch (e34) {
  caught17 = "outer";
} finally {
}
return [s2, w4, caught17, (w4 >> w4)];
