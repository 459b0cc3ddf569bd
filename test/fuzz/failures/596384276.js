// Kitwork fuzz failure, program seed 596384276
// reason: V8 returned, VM threw
// V8: ok [[4294967296,-Infinity,Infinity,6,2.5,-123.456,32,16,5,1,0.2,-0],1,"3"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 596384276

let a1 = [...[4294967296, (-1 / 0)].concat([(1 / 0), 6, 2.5, (-123.456)]), ...[...[0.2, 32, 16, 1, 5]].filter((x2) => x2 === x2).sort((x2, y3) => y3 - x2)].concat((-([] ?? 2147483647))).slice(0, 16);
if (a1.length < 40) a1.push((-65535));
const f4 = (p5, p6, p7) => (++p7);
const n8 = (a1[9] ?? 0.5);
a1 ??= a1.filter((p9) => true);
function rec10(n) {
  if (!(n > 1)) return 1;
  if (n > 12) n = 12;
  return n * rec10(n - 1);
}
for (const it11 of ["abc,def", "hello", "  pad  ", 'Hi there', '  pad  '].concat(["  pad  ", "back\\slash", "a b c", "-7", "1e3"])) {
  a1 = a1;
  const o12 = ({ ...({ ...({ "a": 10 }), c: n8 }), b: Number(it11) });
  let n13 = [(-1e3), (-32)].indexOf(n8);
}
for (let i14 = 0; i14 < 16; ++i14) {
  for (const [k16, v17] of Object.entries(({ y: n8, len: i14, ["k" + 1]: 8, i14 }))) {
    rec10((7 & v17));
    var b18 = ([v17, (-1 / 0), (-3)].indexOf((false + 0.5)) != f4((true ? [(0 / 0), 5, (-8), 0, 4, 0] : a1), k16, Math.sign(v17)));
    let x19 = undefined;
  }
}
const x20 = `${(3 + false)}`.slice(0, 48);
a1.pop();
return [a1, n8, x20];
