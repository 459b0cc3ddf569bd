// Kitwork fuzz failure, program seed 1936334258
// reason: V8 returned, VM threw
// V8: ok [[""]]
// VM: throw TypeError: TypeError: Cannot create property 'total' on string ''
// replay: node --import tsx test/fuzz/run.ts --replay 1936334258

const f1 = (p2 = 31, p3, p4 = 3) => {
  if (("" == undefined)) {
    let [s5 = "a-b-c", s6, s7] = ["0", "1e3", "", "hello"].map(p8 => p3);
    p3 = p3;
    const b9 = (typeof s6 === "string");
  } else {
    for (let i10 = 17; i10 > 0; i10--) {
      var s11 = ("0" + ({ 10: 7, z_: (-0), b: (-3.75), 2: (-1 / 0) })).slice(0, 48);
      let x12 = `${((s11.split("|") - Object.keys(({ y: 0, "k1": (-4294967295), "2": (-1) }))) ?? Array.isArray(({ z_: 4 })))}`.slice(0, 48);
    }
  }
  const f13 = () => p2;
  return [...["a b c", "12", "12", "true"]].sort((x14, y15) => (x14 < y15 ? 1 : x14 > y15 ? -1 : 0)).map((q16) => q16.length);
};
if ((true < ["zz", "3.5", "a-b-c"])) {
  if (((-8) == 4)) {
    var o17 = ({});
  } else {
    const a18 = [2, ...[].concat([32]), ...[9].slice().sort()].slice(0, 16);
    const [n21 = 0o17, ...a22] = [''].map((q23) => q23.length);
  }
}
let sa24 = "".split(" ").slice((-2));
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
if ((({}) !== null)) {
  for (let i26 = 0; i26 < 13; i26 += 3) {
    for (let i27 = 0; i27 < 13; ++i27) {
      let b28 = Number.isInteger((-1 / 0));
      let a29 = [1e3].map(p30 => i27);
    }
  }
  let caught31 = null;
  try {
    const n32 = (+[(-0), 6, 3, 0b101, 123.456, (-32)]);
    if ((!false)) throw { code: acc25.get() };
  } catch (e33) {
    caught31 = typeof e33?.message === "string" && e33.message.slice(0, 2) === "u:" ? e33.name + "/" + e33.message : (e33?.name ?? e33);
    var o34 = ({ k1: [2, 1, (-1000), 32, 123.456].reduce((acc35, x36) => acc35 * x36, 2), b: Math.floor(7), "2": (+("" + 'abc,def')), y: 256 });
  } finally {
    const n37 = (-acc25.add((+[])));
  }
  let n38 = (false ? 6 : 5);
} else if (["b", "true", "ab", "  pad  "].slice().sort((x39, y40) => x39.length - y40.length).includes('hello'.toUpperCase())) {
  let s41 = (String((9 / 10))[1] ?? "ab").slice(0, 48);
}
return [sa24];
