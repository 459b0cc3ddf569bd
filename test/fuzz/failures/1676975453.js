// Kitwork fuzz failure, program seed 1676975453
// reason: different results
// V8: ok [[5,0,2,3,-1,6,-4,9],19,[]]
// VM: ok [[5,"0",2,"0",-1,"0",-4,"0"],19,[]]
// replay: node --import tsx test/fuzz/run.ts --replay 1676975453

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
const a2 = [9, 0, (-5), 0.5, (-9007199254740991)].filter((p3) => true).slice(2, 0).map((p4) => ['  pad  ', '  pad  ', "a b c", "x,y,z", "  pad  "].filter((p5) => true).length);
switch ("  pad  ".length) {
  case 3:
  default:
    break;
}
if ((!('true' + a2))) {
  var o6 = ((8 !== 5) ? ({ ...({ b: 5, 2: (-10), "c": 9007199254740993, 0: 4 }), ...({ b: (0 / 0), 10: 8, z_: (-1 / 0), k1: (-0) }) }) : ({}));
  const fs7 = [];
  for (let i8 = 0; i8 < 1; i8++) {
    fs7.push((v) => v - i8);
  }
  const x9 = null;
} else {
  let caught10 = null;
  try {
    acc1.add((true ? 1 : 5));
    const s11 = ((typeof ({}) === "undefined") ? ('true' + "") : (3 + "ÅÉü")).slice(0, 48);
    const a12 = a2.slice(0, (-2));
  } catch {
    caught10 = "caught";
  }
}
for (let i13 = 0; i13 <= 12; i13 += 1) {
  let caught14 = null;
  try {
    const { b: n15 = 100, ...o16 } = ({ ...({ y: 0o17, a: (-5e-324) }), ...({ "a": 4, 2: 1000, c: 5 }) });
  } catch (e17) {
    caught14 = typeof e17?.message === "string" && e17.message.slice(0, 2) === "u:" ? e17.name + "/" + e17.message : (e17?.name ?? e17);
    if ((("ÅÉü" + "a b c") >= a2.join())) continue;
  } finally {
    acc1.add(123.456);
  }
}
for (var i18 = 0; i18 < 16; i18 += 3) {
  if (a2.length < 8) a2.push((0b101 - i18), Math.floor(i18));
  if (a2.length - 1 < a2.length) a2[a2.length - 1] += (+[]);
  const o19 = ({ ...({ "a": i18, z_: 9 }), c: 123.456 });
}
acc1.add(Math.max(5, i18, i18));
let n20 = (i18 - (null ?? '-7'.indexOf("1e3")));
const a21 = [].filter((p22) => (["ÅÉü", '12'] !== '  pad  '));
const b23 = ((false >= true) || (![]));
return [a2, n20, a21];
