// Kitwork fuzz failure, program seed 12604014
// reason: V8 returned, VM threw
// V8: ok [0,3,[0,1,5,0,4,0],[0,1,5,0,4,0],false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 12604014

let [n1 = 2, , n2 = 5, ...a3] = [(-0), 9].filter((p4) => false);
if (a3.length < 8) a3.push(a3.length, (1 ** 10));
for (const it5 of Object.keys(({ len: 10, z_: (-0xff) }))) {
  if (a3.length < 8) a3.push((n2--), (+[]));
}
let a6 = a3;
for (let it7 of (n1).toFixed(2)) {
  let s8 = JSON.stringify((a3.join("-") + (10 + it7))).slice(0, 48);
  let s9 = ("\u0041\x42" + ("s" == null)).slice(0, 48);
  n1 >>>= [10, (-1000), 2, 1e3].length;
}
var o10 = ({ "10": 256, len: 6, b: (-1 / 0) });
for (const it11 of ['null', "  pad  ", "a-b-c"].map(p12 => p12)) {
  switch ((-0)) {
    default: {
    }
    case 2:
      break;
  }
  let a13 = [...[9, .5, (-3)], ...a6].slice(0, 16);
}
const s14 = 'MiXeD';
return [n1, n2, a3, a6, (0 == undefined)];
