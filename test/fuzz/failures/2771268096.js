// Kitwork fuzz failure, program seed 2771268096
// reason: different results
// V8: ok [false,true,0,[5],NaN]
// VM: ok [false,"[object Object]",{},[5],NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 2771268096

const f1 = (p2, p3, ...rest4) => rest4.slice(0, 4);
let b5 = ((undefined !== undefined) == null);
for (const it6 of Object.keys(({ k1: 0, 2: 6 }))) {
  const n7 = (it6.slice()[0] ?? "back\\slash").length;
}
const b8 = (["hello", 'x,y,z', 'null', "-7", "x,y,z"].join(",") != (typeof ({})));
const n9 = ((+"") | [8, 9, (-100), 42, 9, 10].reduce((acc10, x11) => acc10 * x11, 0));
const memo12 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})((+true));
const acc13 = {
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
let a14 = [5].slice((-1));
switch ((true ? n9 : n9)) {
  case (-1):
    break;
}
if ((typeof false === "string")) {
  let w15 = 0;
  while (w15 < 3) {
    w15 += 1;
    for (let i16 = 0; i16 < 1; i16 += 1) {
      if (a14.length < 8) a14.push(memo12(65535), (10 + 6));
      const [s17 = 'zz', s18 = "hello"] = ["  pad  ", "line\nbreak"];
    }
    let a19 = acc13.list();
    let b20 = b5;
  }
  const n21 = n9;
  const f22 = (p23, p24 = "3.5", p25 = "0") => {
    const a26 = [1e3, 10, (-0)];
    for (const it27 of [(1 / 0), 256, 0, (-.5)]) {
      const sa28 = [].map(p29 => p24);
      const a30 = f1(p25, "a b c").map(p31 => n9);
      for (let i32 = 0; i32 <= 17; i32 += 1) {
        a14 = [...a14, ...[(-0.5)]].slice(1, 2).slice(0, 16);
        if (false) return n9;
        const n33 = n9;
      }
    }
    return (9007199254740991 & (n9 * w15));
  };
}
return [b5, b8, n9, a14, (+({}))];
