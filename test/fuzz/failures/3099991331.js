// Kitwork fuzz failure, program seed 3099991331
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:Hi there
// VM: throw <value>: Error: u:Hi there
// replay: node --import tsx test/fuzz/run.ts --replay 3099991331

const f1 = p2 => Math.max(5, 7);
var s3 = "Hi there".padEnd(7, "0");
if (['abc,def', '12', "-7", "x,y,z", "a-b-c"].map((q4) => q4.length).includes(Math.max(5, 4))) throw new Error("u:" + s3.padStart(3));
let a5 = ((s3 <= s3) ? [32, 9, 8, (-0), 10].concat([1e-7]).filter(p6 => (true || true)) : [42, (-0)].concat([]).concat(Math.floor((-9007199254740991)))).slice(0, 16);
function mk7(start, step = 1) {
  let c8 = start;
  return () => {
    c8 += step;
    return c8;
  };
}
const ctr9 = mk7((-1 / 0), 6);
const ctr10 = mk7((1 / 0));
return [s3, a5, s3.slice((-2), 7), ctr10()];
