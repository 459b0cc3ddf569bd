// Kitwork fuzz failure, program seed 2361569961
// reason: V8 returned, VM threw
// V8: ok [17,[1e-7,9007199254740991,3,6,0.5,0,32],false,false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2361569961

let w1 = 0;
while (w1 < 17) {
  w1++;
  const n2 = (Math.sign(100) ^ [(-16), 4].reduce((acc3, x4) => acc3 * x4, 1));
}
var a5 = (true ? [1e-7, 9007199254740991, 3, 6, .5] : []);
if (a5.length < 20) a5.push((+[]), 32);
const f6 = function () {
  a5 = a5;
  if ((0 === (-.5))) {
    a5.pop();
  }
  return ((w1 >= w1) ? `\n${"s"}\`q` : ((-.5)).toFixed(3)).slice(0, 48);
};
var b7 = a5.filter(p8 => true).includes((w1 - w1));
const f9 = () => {
  f6();
  for (let i10 = 0; i10 < 17; i10 += 1) {
    for (let i11 = 0; i11 < 11; i11 += 3) {
      f6();
      const n12 = (Object.keys(({})).includes((b7 ? "-7" : "abc,def")) ? w1 : Math.min((1.5 / 6)));
    }
  }
  const n13 = w1;
  let n14 = (true ? 1 : n13);
  return 2;
};
b7 = (Math.abs((-4294967295)) < w1);
return [w1, a5, b7, (typeof null === "boolean")];
