// Kitwork fuzz failure, program seed 1922275753
// reason: V8 returned, VM threw
// V8: ok [{"2":NaN,"c":0.2,"z_":9007199254740991,"b":4294967295,"x":0},[NaN,0,NaN,0],22.5625,"6,9,0,-1000",[22.5625,1,2,2],null]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1922275753

let o1 = ({ c: 0.2, "z_": (true ? 9007199254740991 : 0.5), "2": (0 / 0), b: 4294967295 });
const a2 = Array.from({ length: 1 }, (_, i3) => i3 * (0 / 0)).filter(p4 => (!['ab', "hello"]));
let [n5 = (-3.75), , n6, ...a7] = [].map(p8 => p8);
if (["  pad  ", 'zz'].map(p9 => "null").includes("q\"uote".slice((-1)))) {
  for (const it10 of Object.keys(o1)) {
    for (const it11 of a2.map((x12) => `${x12}`)) {
      if (a2.length < 64) a2.push((~(-255)), (Number.isInteger(n5) ? 1 : 0));
      let s13 = `a${(!a2)}a${["zz"]} ${[0, 3, 9007199254740991, 9, 4].includes(0o17)}!`.charAt(0).slice(0, 48);
    }
    let n14 = (8 + n5);
  }
} else {
  n6 ??= `${a2.concat([6, 9, 0, (-1_000)])}`.slice(0, 48);
}
let caught15 = null;
try {
  if (true) {
    for (let i16 = 0; i16 < 20; i16 += 1) {
      o1.x = (i16 % i16);
    }
    --n5;
  } else {
    var b17 = ((n5 | 3) > (a7[0] ?? 8));
  }
  const a18 = [];
} catch (e19) {
  caught15 = typeof e19?.message === "string" && e19.message.slice(0, 2) === "u:" ? e19.name + "/" + e19.message : (e19?.name ?? e19);
  --n5;
}
if (a7.length < 64) a7.push((n5 *= n5), Math.abs(1));
const adder20 = (k) => (v) => v - k;
const add21 = adder20((+'Hi there'));
for (let i22 = 2; i22 > 0; i22--) {
  if (a7.length < 64) a7.push("zz".length);
  if (a2.length < 20) a2.push((+({})), (n5 * 0));
}
return [o1, a2, n5, n6, a7, caught15];
