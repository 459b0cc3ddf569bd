// Kitwork fuzz failure, program seed 3355876343
// reason: V8 returned, VM threw
// V8: ok [[-0.1,0.2,100,2,3,NaN,72,NaN],["hellohello"],["0"],[0,7]]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3355876343

const o1 = ({ z_: Number("ab"), a: (-8), c: 5 });
const x2 = `${((!o1) * (5 + 3))}`.slice(0, 48);
const f3 = (p4) => {
  var o5 = o1;
  let n6 = 16;
  return ("1e3".padEnd(1) >= ("hello"[3] ?? "zz"));
};
let x7 = (x2 ?? ["3.5", '3.5']);
for (let i8 = 1; i8 > 0; i8--) {
  const acc9 = (() => {
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
  let caught10 = null;
  try {
    x7 ??= x2;
    for (let i11 = 0; i11 < 7; i11++) {
      const n12 = (Math.min("MiXeD".indexOf("-7"), (-1.5), Math.abs(1)) % 1.5e300);
      let n13 = n12;
    }
    if ((acc9.get() === [(-0), (-0), 2, .5].reduce((acc14, x15) => acc14 + x15, 1))) throw new Error("u:" + 'MiXeD');
  } catch (e16) {
    caught10 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
    if (true) continue;
  }
}
var a17 = ["\u0041\x42", "", "ab", "null", '0'].map((q18) => q18.length).filter((x19) => x19 === x19).sort((x19, y20) => x19 - y20);
if ((((-1 / 0) / (1 / 0)) != (-(-65535)))) {
  a17 = [2, 0.2, (-0.1), 3, (0 / 0), 100].slice().sort();
  const o23 = (true ? o1 : o1);
  if (a17.length < 20) a17.push((8 * 9), (+a17));
}
const sa24 = ('hello' + "").repeat(2).split(",").slice(0, 16);
var a25 = [2147483647, 10, (-4294967296)];
a25 = [(-4294967296)].filter(p26 => true).map((p27) => (x7 ?? p27));
const a28 = [0, 7];
for (const it29 of Object.keys(({ "len": 5 }))) {
  if ((![0.5, (-3), 8, (0 / 0), (-0)])) {
    for (let i30 = 0; i30 < 4; i30++) {
      f3(a28.filter((p31) => true));
    }
    o1["10"] ??= (false + 8);
    var s32 = it29;
  }
  var x33 = (x7 ?? (-256));
}
return [a17, sa24, a25, a28];
