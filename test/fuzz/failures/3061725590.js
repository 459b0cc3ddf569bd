// Kitwork fuzz failure, program seed 3061725590
// reason: different results
// V8: ok [[1,5.5,4294967296,NaN,4,1,4294967296],[1,5.5,4294967296,NaN,4,1,4294967296],6,null]
// VM: ok [["[object Object]",{},4294967296,NaN,4,1,4294967296],["[object Object]",{},4294967296,NaN,4,1,4294967296],6,null]
// replay: node --import tsx test/fuzz/run.ts --replay 3061725590

const a1 = [1, ((true ? 5 : 1) + (0.5 % 5)), 4294967296, ((+({})) % "back\\slash".charCodeAt(3)), ([123.456, 2, (-0o17), 7].reduce((acc2, x3) => acc2 * x3, 2) & (4 | 0.1)), 1];
if (a1.length < 40) a1.push((a1[2] ?? (-32)));
let a4 = a1;
for (var i5 = 0; i5 < 5; i5 += 2) {
  const o6 = ({ i5 });
}
a4 = a4;
let caught7 = null;
try {
  let n8 = Math.floor(0);
  const b9 = (i5 != i5);
  if (false) throw new Error("u:" + "a");
} catch {
  caught7 = "caught";
}
return [a1, a4, i5, caught7];
