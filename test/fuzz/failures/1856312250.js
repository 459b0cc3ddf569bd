// Kitwork fuzz failure, program seed 1856312250
// reason: different results
// V8: ok [{"10":Infinity,"y":6,"z_":6,"b":-1.5,"k1":-0.1},false,[0,5,NaN,0,9]]
// VM: ok [{"10":Infinity,"y":6,"z_":6,"b":-1.5,"k1":-0.1},false,[0,5,"",0,9]]
// replay: node --import tsx test/fuzz/run.ts --replay 1856312250

const f1 = () => 'hello'.split("");
var o2 = ({ ...({ z_: 6, b: (0 / 0) }), ...({ b: (-1.5), k1: (-0.1), 10: (1 / 0) }) });
o2 = ({ y: 6, ...o2 });
const b3 = ("1e3" == "MiXeD");
let a4 = [(5 >> 42), 5, (0 / 0), (+[]), 9];
return [o2, b3, a4];
