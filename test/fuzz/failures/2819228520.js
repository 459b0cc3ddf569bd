// Kitwork fuzz failure, program seed 2819228520
// reason: different results
// V8: ok [7,[-10,-10,-10,-10,-10,Infinity,Infinity,Infinity,Infinity],{"z_":0},343,599]
// VM: ok [7,[-10,-10,-10,-10,-10,Infinity,Infinity,Infinity,Infinity],{"z_":0},0,256]
// replay: node --import tsx test/fuzz/run.ts --replay 2819228520

const n1 = Math.trunc(7);
var a2 = [4, 5, (-0.2), 1000];
const f3 = (p4, p5) => [...[0, 100, 4294967295, 7], ...a2].map((x6) => `${x6}`).slice(0, 16);
a2 = [...[4, 5, 2147483647, 6, (-32)].map((p7, i8) => (-10)), ...a2.map((p9) => (1 / 0))].slice(0, 16);
let o10 = ({ "z_": (7 - n1) });
var n11 = (([] ?? (+true)) | (n1 * (n1 * n1)));
return [n1, a2, o10, n11, (n11 - (-256))];
