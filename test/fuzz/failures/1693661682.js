// Kitwork fuzz failure, program seed 1693661682
// reason: V8 returned, VM threw
// V8: ok [10,{"k1":-2147483648},[8],9,true]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1693661682

const n1 = 10;
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
acc2.add(Math.min());
const o3 = ({ ["k" + 1]: (-2147483648) });
const f4 = (p5) => {
  const a6 = [9, ...[0, 20, 10].filter((x7) => x7 === x7).sort((x7, y8) => x7 - y8).filter((p9) => true), ...[2].map(p10 => n1).filter((x11) => x11 === x11).sort((x11, y12) => x11 - y12)].slice(0, 16);
  const { b: n13 = 1, ...o14 } = ({ ...o3, k1: n1 });
  switch (['  pad  ', "", "😀x", "x,y,z"].join("-")) {
    case "hello": {
      for (const [k16, v17] of Object.entries(({ ...({}), ...o14 }))) {
        let n18 = (a6[v17] ?? (-32));
      }
      break;
    }
    case "a":
      let [s19, s20 = "", s21 = "-7", ...sa22] = ["abc,def", "line\nbreak", "b", "a b c", 'single'].filter((p23) => true);
      break;
    case "0":
      break;
  }
  if (a6.length < 8) a6.push(((-0) - (-0)), (+({})));
  return ((false ? (-1 / 0) : n1) - (1 ** 10));
};
const f24 = p25 => ("null" + "b").slice(0, 48);
const acc26 = (() => {
  let total = 0;
  const items = [];
  return {
    add: (v) => {
      total += v;
      if (items.length < 32) items.push(v);
      return total;
    },
    get: () => total,
    list: () => items.slice(),
  };
})();
for (let i27 = 0; i27 < 19; ++i27) {
  let sa28 = ('ÅÉü' + "a-b-c").split(",").slice().sort((x29, y30) => x29.length - y30.length).slice(0, 16);
  const n31 = ([(true ? n1 : undefined)] ?? ("MiXeD".length % i27));
  sa28.sort();
}
let a32 = [8];
var n33 = f4("q\"uote");
return [n1, o3, a32, n33, ((-255) < n33)];
