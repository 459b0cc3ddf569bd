// Kitwork fuzz failure, program seed 1380288315
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:*****zz
// VM: throw <value>: Error: u:*****zz
// replay: node --import tsx test/fuzz/run.ts --replay 1380288315

let n1 = "zz".length;
for (let i2 = 0; i2 < 14; i2 += 1) {
  let x3 = ((false ?? n1) || (true ? 2147483648 : null));
}
const n4 = n1;
var n5 = ('a'.indexOf("12") & (~n1));
for (const it6 of Object.keys(({ ...({ len: (-0.2), z_: (-2147483647) }), len: n5 }))) {
  var n7 = n4;
  n1 = n4;
}
if ((!(false ? false : undefined))) throw new Error("u:" + "zz".padStart(7, "*"));
return [n1, n4, n5, [65535, 7, 1e3, 3, (-4294967296)].includes(n4)];
