// Kitwork fuzz failure, program seed 347860854
// reason: V8 returned, VM threw
// V8: ok ["q","\"q\"qqqqqqqqqqqqqqqqqqqq",2,[-32,6,7,0,2,1,-7,6,-7,6,-7,6,-7,6],["ÅÉü","a","ÅÉü","back\\slash"],1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 347860854

let [s1 = "3.5"] = "q\"uote".split("");
let s2 = JSON.stringify(s1).slice(0, 48);
for (let i3 = 0; i3 < 20; ++i3) {
  if (false) {
    if ((i3 === i3)) {
      const o4 = (false ? ({ b: 10, "0": (-2147483647), 10: 1, 2: 7 }) : ({ "len": 9 }));
    } else {
      const s5 = (typeof ({}));
      let a6 = Array.from({ length: 5 }, (_, i7) => i7 * 10).map(p8 => "1e3".charCodeAt(2));
    }
    let w9 = 0;
    while (w9 < 17) {
      w9++;
      s1 ||= JSON.stringify(i3).toLowerCase().slice(0, 48);
      let a10 = [...[2, (-3.75), 0, 0.2]].filter((x11) => x11 === x11).sort((x11, y12) => y12 - x11);
      s2 ||= "a";
    }
  }
  const o13 = (true ? ({ k1: 3.75 }) : ({ "y": (-5), 10: 1e21, "len": 10, 2: 3.75 }));
  s2 = (s2 + s1.split("|").join("-")).slice(0, 48);
}
let n14 = 2;
n14 += (1.5e300 % 1);
function rec15(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec15(n - 1) + rec15(n - 2);
}
const a16 = [...[(-32)], ...['single', '  pad  ', "", "12", "a"].map((q17) => q17.length)].slice(0, 16);
for (let i18 = 0; i18 < 12; i18 += 3) {
  let n19 = (Array.from({ length: 3 }, (_, i20) => i20 * (-1_000)).includes((+a16)) ? (--n14) : 'single'.length);
  if (a16.length < 40) a16.push((~n19), n19);
}
let sa21 = ["ÅÉü", "a", "ÅÉü", "back\\slash"].filter(p22 => true);
var n23 = (3 % n14);
if ((6 >= n23)) {
  let { len: n24, b: n25 = 1 } = ({});
  const acc26 = {
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
}
return [s1, s2, n14, a16, sa21, n23];
