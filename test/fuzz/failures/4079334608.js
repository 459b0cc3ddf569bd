// Kitwork fuzz failure, program seed 4079334608
// reason: different results
// V8: ok ["MiXeD","3.5",[],9,"3.5",["c","k1"],0,"3.5b"]
// VM: ok ["MiXeD","",[],9,"3.5",["c","k1"],0,"3.5b"]
// replay: node --import tsx test/fuzz/run.ts --replay 4079334608

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
let [s2 = "true", s3 = "3.5", ...sa4] = Object.keys(({ "c": 7 }));
for (let i5 = 3; i5 > 0; i5--) {
  const n6 = ("a".charCodeAt(2) * i5);
  let w7 = 0;
  while (w7 < 17) {
    w7 += 1;
    if ((false == "ÅÉü")) continue;
    let n8 = (((false ? 10 : 1.5e300) % [0b101, 16, 16].indexOf(1000)) % (Math.sign(n6) + Math.sign(6)));
    if ((10 > 4)) {
      s2 = (false ? "\u0041\x42" : "1e3".toUpperCase());
    } else if ((n6 < (0 / 0))) {
      n8 = [(-0), 32].filter(p9 => false).length;
    }
  }
  for (const it10 of [(-1 / 0), 10, (-0), 2, 3, w7]) {
    let a11 = [10, 42, (-1e3), 6].slice(1, 2).filter((x12) => x12 === x12).sort((x12, y13) => x12 - y13);
    var a15 = a11.slice((-3));
  }
}
const n16 = 9;
switch (("" ?? n16)) {
  case 2:
    break;
}
const s17 = s3;
let sa18 = Object.keys(({ ...({ ...({}), c: 1 }), ...({ ...({}), k1: n16 }) }));
for (let i19 = 12; i19 > 0; i19--) {
  let caught20 = null;
  try {
    const b21 = (Math.sqrt(n16) != n16);
    let caught22 = null;
    try {
      sa4 = sa4;
    } catch {
      caught22 = "caught";
    }
    const sa24 = JSON.stringify((0.1 | i19)).split("|").slice(0, 16);
  } catch (e25) {
    caught20 = typeof e25?.message === "string" && e25.message.slice(0, 2) === "u:" ? e25.name + "/" + e25.message : (e25?.name ?? e25);
  }
  s2 = "MiXeD".slice();
  let x26 = [];
}
return [s2, s3, sa4, n16, s17, sa18, (+[]), (s3 + 'b')];
