// Kitwork fuzz failure, program seed 162054198
// reason: V8 returned, VM threw
// V8: ok ["😀x",[NaN,2],[NaN,5,0.03125,3]]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 162054198

var s1 = "😀x";
let a2 = [].map((p3) => p3);
function rec4(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec5(n - 1);
}
function rec5(n) {
  return n > 0 ? rec4(n - 1) : false;
}
if (a2.length < 64) a2.push((+[42, 6, 1e-7, 0.1, 8, 7]), a2.reduce((acc6, x7) => acc6 * x7, 2));
const acc8 = (() => {
  let total = 0;
  const items = [];
  return {
    add: (v) => {
      total += v;
      if (items.length < 32) items.push(v);
      return total;
    },
    get: () => total,
    list: () => items.slice(),
  };
})();
switch ((s1 + s1)) {
  case "a": {
    var b9 = (4 >= 3.75);
    const f10 = () => ({ y: 1, 2: 7, len: 5 });
    break;
  }
  case "":
    break;
  case "ab":
    break;
}
const a11 = [(0 / 0), 5, ((-.5) / (-16)), s1.length].filter(p12 => (!(false ?? true)));
rec5(acc8.get());
return [s1, a2, a11];
