// Kitwork fuzz failure, program seed 3641455163
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:abc,defq"uote
// VM: throw <value>: Error: u:abc,defq"uote
// replay: node --import tsx test/fuzz/run.ts --replay 3641455163

const a1 = [(-0), ...[3, 6, 4294967296, 1.5, (-0.2)], ...[4, 16, 1e-7]].slice(0, 16);
const acc2 = {
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
if (1 < a1.length) a1[1] += Math.sign((-1e3));
if (a1.length < 20) a1.push(Math.max((-0)), "null".indexOf("zz"));
for (const it3 of Object.keys(({}))) {
  if (a1.length < 8) a1.push('abc,def'.charCodeAt(3), (1.5 / 3));
  var n4 = (9 + (0 / 0));
  const s5 = ((("" !== null) ? (typeof n4) : it3) + `a${["ÅÉü", "  pad  ", "hello", "Hi there"]}${["1e3", "\u0041\x42", "😀x", "MiXeD", "a b c"]}$${(0 / 0)}\`q`.toUpperCase()).slice(0, 48);
}
if ([...a1].filter((x6) => x6 === x6).sort((x6, y7) => y7 - x6).includes(((-0) % 1_000))) throw new Error("u:" + ("abc,def" + "q\"uote"));
function rec8(xs, i = 0) {
  if (i >= xs.length || i > 40) return 0;
  return xs[i] + rec8(xs, i + 1);
}
if ((8 <= 0xff)) {
  if ((["abc,def", "line\nbreak", '0', "3.5", "1e3"].concat(['zz']) == "😀x")) {
    switch ("0".slice(2, (-1))) {
      case "a": {
        const a9 = [...[1000]].filter((x10) => x10 === x10).sort((x10, y11) => y11 - x10);
        break;
      }
      case "hello":
      case "ab":
        const x12 = `${((true || true) + a1.slice().sort())}`.slice(0, 48);
    }
    const s15 = (("ab" + "1e3") + "0").slice(0, 48);
  } else if (("a-b-c" <= [1.5, 0, (-0), (0 / 0)].join())) {
    for (let i16 = 0; i16 < 7; i16 += 2) {
      var o17 = ({ c: i16, "0": 100, len: (0 / 0) });
      const b18 = ((a1[i16] ?? (-20)) > rec8(a1));
      let n19 = (o17.x ?? (-0));
    }
    for (const it20 of a1) {
      if ((false && (!null))) continue;
    }
  }
  let w21 = 0;
  while (w21 < 14) {
    w21 += 1;
    let s22 = JSON.stringify(({ 10: 5, ["n" + 2]: 7 })).slice(0, 48);
  }
  var a23 = [...a1].filter((x24) => x24 === x24).sort((x24, y25) => y25 - x24);
} else {
  let n26 = "null".indexOf('x,y,z');
}
return [a1, ("hello" < "  pad  "), acc2.add(1)];
