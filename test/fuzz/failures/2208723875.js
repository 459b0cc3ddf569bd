// Kitwork fuzz failure, program seed 2208723875
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:truetruetrue
// VM: throw <value>: Error: u:truetruetrue
// replay: node --import tsx test/fuzz/run.ts --replay 2208723875

if ((typeof (true ? true : null) === "boolean")) throw new Error("u:" + 'true'.repeat(3));
const a1 = [4, (-1 / 0), 6, (0 / 0), (-.5)].filter(p2 => true).slice(1, 5);
let a3 = a1.filter(p4 => false);
var a5 = ((!["3.5", "1e3", "", "1e3", "-7"]) ? a1.slice((-3)) : [7]);
if (0 < a3.length) a3[0] += (false ? 4 : 1);
function f6(p7 = 'a-b-c', p8 = 5e-324) {
  const f9 = (p10 = 7, p11, ...rest12) => p7;
  return ({ ...({ 0: 8 }), ...({ 0: (0 / 0), y: 5, "k1": 0b101, 2: (1 / 0) }) });
}
return [a1, a3, a5];
