// Kitwork fuzz failure, program seed 3226308954
// reason: V8 returned, VM threw
// V8: ok [false,{"z_":6,"b":-1},-1000,[4],[4,4,4,0.5,-1000]]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3226308954

function rec1(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec2(n - 1);
}
function rec2(n) {
  return n > 0 ? rec1(n - 1) : false;
}
var b3 = (1e3 < 1);
let o4 = ({ z_: 6 });
const { len: n5, a: n6 = (-1000), x: n7, ...o8 } = o4;
for (let i9 = 4; i9 > 0; i9--) {
  let a10 = [(-1 / 0), 1e3, n6, "MiXeD".length, (-0), 2147483647];
  switch (i9) {
    case (-0):
      const n11 = [1e3].reduce((acc12, x13) => acc12 + x13, 0);
      for (const it14 of a10) {
        rec2(i9);
        const o15 = ({ b: 8, "z_": (-123.456), 2: ((i9 + it14) ** 2) });
        const n16 = (o15?.z_ ?? (-5));
      }
  }
}
for (let i17 = 0; i17 < 9; i17 += 2) {
  o4 ??= ({ ...({ ...({ "len": (-2147483647) }), x: n6 }), a: (i17 + n6) });
}
const s18 = '3.5'.split(",").join("-");
const a19 = [4].filter(p20 => true);
const n21 = [].map(p22 => (-3)).filter((p23) => (true && true)).indexOf((b3 ? (false ? n6 : 8) : (+a19)));
const a24 = [...a19.concat(a19), ...[...a19].filter((x25) => x25 === x25).sort((x25, y26) => y26 - x25)].concat((-(0.5 / n21))).slice(0, 16);
o4 &&= ({ ...o8, b: (false + n21) });
const adder27 = (k) => (v) => v * k;
const add28 = adder27((-n21));
if (a24.length < 20) a24.push((n5 ?? n6));
return [b3, o4, n6, a19, a24];
