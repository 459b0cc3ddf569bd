// Kitwork fuzz failure, program seed 2486513156
// reason: V8 returned, VM threw
// V8: ok [2,2,[-1e-7,5,NaN],false,{"0":2,"2":-123.456,"x":10,"b":-0}]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2486513156

for (const it1 of ("  pad  " + 32)) {
  let [s2 = "hello"] = 'zz'.split("-");
  var b3 = (it1.repeat(3).toUpperCase() <= ("a" + (-10)));
}
const fs4 = [];
for (var i5 = 0; i5 < 2; i5++) {
  fs4.push((v) => v - i5);
}
let caught6 = null;
try {
  const [n7 = 10, n8 = 6] = [(-0)];
  if ((!true)) throw [(0 / 0), 8, 6, (-2.5)].length;
} catch (e9) {
  caught6 = typeof e9?.message === "string" && e9.message.slice(0, 2) === "u:" ? e9.name + "/" + e9.message : (e9?.name ?? e9);
}
let { b: n10 = 1 } = ({ ...({ "0": 6, a: (1 / 0), z_: (-0b101) }), len: i5 });
const b11 = (caught6 !== undefined);
function rec12(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec12(s, n - 1);
}
n10 <<= (n10 -= n10);
for (const it13 of Object.keys(({ ...({ 2: 2, z_: 0 }), ...({ k1: 3.75, "b": 6, c: 1_000 }) }))) {
  let o14 = ({ 10: (-42), x: (Math.round(4) & (i5 % 5)), 2: (-10), a: (-5e-324) });
}
let x15 = null;
var n16 = ((+"hello") / (++n10));
const f17 = (p18, p19, p20, ...rest21) => {
  const x22 = caught6;
  let { x: n23 = (-0) } = ({});
  var o24 = (false ? ({ 0: 6, b: (0 / 0) }) : ({ "c": 5 }));
  if (p18.includes(p19)) {
    const { x: n25 = (-0xff), b: n26 = 0, a: n27 } = ({ ...({}), ...({}) });
    let o28 = ({ ...({ k1: 3, "len": (-4), z_: (-31) }), ...o24 });
  } else {
    o24.a ??= (n16 % n10);
    if (0 < p20.length) p20[0] *= (b11 + n16);
  }
  return (p20[p19.length] ?? 9);
};
let a29 = [5, (-1e-7)].filter((x30) => x30 === x30).sort((x30, y31) => x30 - y31);
var b32 = false;
if (a29.length < 64) a29.push((+[256, (-20)]));
const o33 = ({ 2: (-123.456), x: 10, 0: (n10 -= 0), "b": (-0) });
for (var i34 = 0; i34 <= 4; ++i34) {
  for (const it35 of Object.keys(o33)) {
    const sa36 = a29.map((x37) => x37 + "");
    f17(it35, (n10 + it35), Object.values(o33));
    const sa39 = sa36.map(p40 => p40).map((p41) => ((b11 + n16) + "zz").slice(0, 48)).slice(0, 16);
  }
  const sa42 = a29.filter((x44) => x44 === x44).sort((x44, y45) => x44 - y45).map((x43) => x43 + "");
  const n46 = a29.reduce((acc47, x48) => acc47 - x48, 2);
}
return [i5, n10, a29, b32, o33];
