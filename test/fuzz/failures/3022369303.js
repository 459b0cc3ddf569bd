// Kitwork fuzz failure, program seed 3022369303
// reason: different results
// V8: ok [0.2,"number",{"x":5,"len":-0,"k1":-100},0,"Hi there"]
// VM: ok [0.2,"number","",0,"Hi there"]
// replay: node --import tsx test/fuzz/run.ts --replay 3022369303

const n1 = 0.2;
const s2 = (typeof "line\nbreak".split("|").length);
var o3 = ({ x: 0b101, len: (-0), k1: (-100) });
function mk4(start, step = 1) {
  let c5 = start;
  return () => {
    c5 += step;
    return c5;
  };
}
const ctr6 = mk4((-.5), 2);
for (let i7 = 0; i7 <= 17; ++i7) {
  const n8 = (ctr6() % [].indexOf(i7));
}
const f9 = () => Object.keys(o3);
return [n1, s2, o3, (+[]), ("ab"[3] ?? "Hi there")];
