// Kitwork fuzz failure, program seed 808435212
// reason: V8 returned, VM threw
// V8: ok [false,[1,10,3,4,2,5,-20,NaN,-Infinity],{},{}]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 808435212

let b1 = ["back\\slash"].includes("1e3");
const a2 = [1].concat([10, 3, 4, 2, 5, (-20)]).slice(0, 16);
if (a2.length < 20) a2.push((+[8, (0 / 0), 8, (-4294967295)]), (-(1 / 0)));
for (let i3 = 0; i3 < 4; i3 += 3) {
  let n4 = (9 >> 5e-324);
}
var o5 = ({});
const o6 = o5;
return [b1, a2, o5, o6];
