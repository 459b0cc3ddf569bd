// Kitwork fuzz failure, program seed 329562137
// reason: different results
// V8: ok [[31,-Infinity,0,-1.5e+300,3,8,10],{"a":Infinity,"c":-5},-18.1,Infinity,"",{"0":{"a":Infinity,"c":-5},"a":6,"y":7,"k1":3},["single"],0]
// VM: ok [[31,-Infinity,0,-1.5e+300,3,8,10],{"a":Infinity,"c":-5},-18.1,Infinity,"[object Object]",{"a":Infinity,"c":-5},["single"],0]
// replay: node --import tsx test/fuzz/run.ts --replay 329562137

var s1 = ('😀x' + "a b c").slice(0, 48);
const a2 = [...[31, (-1 / 0)], ...[0, (-1.5e300), 3, 8, 10]].slice(0, 16);
s1 = ("-7" + s1).slice(0, 48);
const n3 = (({ ...({ a: (1 / 0) }), c: (-0b101) }) ?? Math.ceil(["true"].length));
let { x: n4, len: n5 = (-0.1), a: n6 = (1 / 0) } = ({ ...({}), y: n3 });
let caught7 = null;
try {
  for (let i8 = 5; i8 > 0; i8--) {
    for (const it9 of [0xff, 1_000, 7, i8, (1 / 0), (-31)]) {
      const sa10 = ["12", "3.5"].slice(0);
    }
    let a11 = a2;
  }
  let o12 = ({ 2: n6 });
  if (((n5 >> n3) !== (-n5))) throw "";
} catch (e13) {
  caught7 = typeof e13?.message === "string" && e13.message.slice(0, 2) === "u:" ? e13.name + "/" + e13.message : (e13?.name ?? e13);
}
const [s14 = "-7", ...sa15] = Object.keys(({ "0": (-1e21), b: (0 / 0) }));
for (let i16 = 18; i16 > 0; i16--) {
  if (((--n5) !== (true ? n5 : n5))) {
    --n5;
    if ((!"12")) {
      let b17 = (n5 !== ((!sa15) ? a2.indexOf(n6) : (n5++)));
      n4 &&= (n4 ?? 31);
      ++n6;
    } else if ([6, 2, 10, 16].includes(n6)) {
      const n18 = Math.max(Math.round((-5e-324)), n6);
    }
  }
}
const o19 = ({ ...({ 0: n3, a: 6, y: (0 / 0), k1: 3 }), y: 7 });
let o20 = ({ ...o19 });
const { c: n21 = 255, len: n22 = 256, b: n23 = (-.5), ...o24 } = ({ b: n3 });
var sa25 = 'single'.split("|");
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
return [a2, n3, n5, n6, caught7, o20, sa25, (n3 << n22)];
