// Kitwork fuzz failure, program seed 4005890507
// reason: different results
// V8: ok [[-Infinity,-5,6,-0,1e-7,Infinity,8],{"2":NaN,"y":20,"k1":31},"12",-48,-10,NaN]
// VM: ok [[-Infinity,-5,6,-0,1e-7,Infinity,8],"10,-1e-7,4",[10,-1e-7,4],-48,-10,NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 4005890507

const a1 = (false ? [65535] : [(-1 / 0)]).concat([(-5), 6, (-0), 1e-7, (1 / 0), 8].filter(p2 => true)).slice(0, 16);
const o3 = ({ 0: 4, 10: 10, b: 7, a: 0 });
const f4 = () => {
  var n5 = ([5, 10, 255, (-65535), (-3), 10].filter(p8 => true).reduce((acc6, x7) => acc6 + x7, 0) * Math.floor((4 % 2)));
  --n5;
  return "a b c".repeat(1).slice(0, 48);
};
const { b: n9 = 10, ...o10 } = ({ ...({ y: 20, 2: (0 / 0) }), k1: 31 });
let a11 = a1.filter((x12) => x12 === x12).sort((x12, y13) => x12 - y13);
const s14 = "12".split("-").join(",").padEnd(5, "");
const n15 = (6 * (-8));
a11 ??= a1.slice(1);
return [a1, o10, s14, n15, (-n9), (+[10, (-1e-7), 4])];
