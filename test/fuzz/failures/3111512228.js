// Kitwork fuzz failure, program seed 3111512228
// reason: V8 returned, VM threw
// V8: ok [[[1e+21,8,8,6,2,1],true,"hello",1],[1,1,1,1,1],"zz",-1,[[1e+21,8,8,6,2,1],true,"hello",1],1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3111512228

const n1 = ([[...[1, 8, 2, 1e21, 8, 6]].filter((x2) => x2 === x2).sort((x2, y3) => y3 - x2), (0xff !== 1e3), "hello".slice(), (1 ?? 2)] ?? Math.trunc([0, 2, 0].reduce((acc4, x5) => acc4 - x5, 0)));
for (let i6 = 3; i6 > 0; i6--) {
  var x7 = [];
  for (const it8 of [...["ÅÉü", "abc,def", "ab", 'MiXeD']].sort((x9, y10) => (x9 < y10 ? 1 : x9 > y10 ? -1 : 0))) {
    const a11 = Array.from({ length: 6 }, (_, i12) => i12 * 9);
    for (let i13 = 0; i13 <= 2; ++i13) {
      if (a11.length < 64) a11.push((n1 - (-2147483648)));
    }
  }
}
const a14 = "hello".split("").map((q15) => q15.length).filter((p16) => ((true ? false : null) !== undefined));
const f17 = function () {
  for (var i18 = 0; i18 < 14; i18 += 3) {
    let w19 = 0;
    while (w19 < 20) {
      w19 += 1;
      let o20 = ({ c: 20, 10: (-4294967296) });
      if (('12' + '').startsWith(("a b c"[1] ?? ""))) return `${(i18 + o20)}`.slice(0, 48);
    }
    for (let i21 = 0; i21 < 15; i21 += 2) {
      let x22 = ({ ...({ ...({ a: 10, z_: (-31), "c": (-42) }), x: i18 }), ...({ ...({ 0: (0 / 0), 2: 1.5e300, c: (-0), "b": 7 }), k1: i21 }) });
    }
  }
  return (undefined ?? null);
};
const adder23 = (k) => (v) => v - k;
const add24 = adder23((false ? 32 : 8));
var s25 = 'zz';
if (true) {
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
} else if ((["b", "0"].filter((p27) => true) !== ("1e3" + "1e3"))) {
  let caught28 = null;
  try {
    let b29 = (typeof f17?.() === "string");
    if ((!(true ? ({ b: (-256), z_: (-2147483647), y: (-1_000), x: 1 }) : ({ "b": 2 })))) throw new Error("u:" + [].join());
  } catch (e30) {
    caught28 = typeof e30?.message === "string" && e30.message.slice(0, 2) === "u:" ? e30.name + "/" + e30.message : (e30?.name ?? e30);
  }
} else {
  s25 = (s25 + s25.slice(1).repeat(0)).slice(0, 48);
}
let n31 = a14.map(p32 => 9).indexOf((n1 ** 0.5));
return [n1, a14, s25, n31, n1, [].reduce((acc33, x34) => acc33 + x34, 1)];
