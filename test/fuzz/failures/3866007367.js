// Kitwork fuzz failure, program seed 3866007367
// reason: different results
// V8: ok [7,28,[{}],[2,{},28,5,3,2],{"len":256,"k1":-0},true]
// VM: ok [7,28,[{}],[28,5,3,2,{},2],{"len":256,"k1":-0},true]
// replay: node --import tsx test/fuzz/run.ts --replay 3866007367

let w1 = 0;
do {
  w1++;
  if (Number.isInteger((3 % 6))) {
    for (const it2 of [(-2.5), 5, 0]) {
      let o3 = ({ ...({}), b: it2 });
      const n4 = (it2 | it2);
      const n5 = (o3[10] ?? 1);
    }
  } else {
    const o6 = ({ 0: (-3.75) });
  }
} while (w1 < 7);
const acc7 = {
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
const n8 = (((false && true) && (20 > 10)) + (Math.floor(w1) * (true ? 4 : w1)));
const f9 = (p10, p11 = 1.5, p12) => {
  p11--;
  let { b: n13, a: n14, len: n15 = 9 } = ({});
  if ((typeof undefined === "undefined")) throw "tab\tend";
  const s16 = 'single';
  return [7].filter(p17 => true);
};
let a18 = [].filter((x19) => x19 === x19).sort((x19, y20) => x19 - y20);
const f21 = (p22, p23, p24) => p24.split(" ").join(",");
if (a18.length < 8) a18.push((({}) ?? (-1.5e300)), n8);
const a25 = [...[2, ...a18, ...[2, 5, 3]]].filter((x26) => x26 === x26).sort((x26, y27) => y27 - x26).slice(0, 16);
var o28 = ({ len: 256, "k1": (-1 / 0), ["k" + 1]: (-0) });
a18.pop();
return [w1, n8, a18, a25, o28, ("back\\slash" !== 0.2)];
