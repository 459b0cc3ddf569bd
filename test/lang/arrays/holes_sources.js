// expect: [[false, null, 3], [2, false, false], [3, false, null], [2, false], [3, false, false], [4, ["0", "3"]], [3, false, null], [3, ["0", "2"]]]
// Holes come from elisions, new Array(n) / Array(n), growing length, assigning past
// the end and delete; a hole reads as undefined.
const lit = [1, , 3];
const trailing = [, ,];
const made = new Array(3);
const called = Array(2);
const grown = [1];
grown.length = 3;
const past = [1];
past[3] = 4;
const deleted = [1, 2, 3];
delete deleted[1];
const afterSpread = [...[1], , 2];
return [
  [1 in lit, lit[1], lit.length],
  [trailing.length, 0 in trailing, 1 in trailing],
  [made.length, 0 in made, made[0]],
  [called.length, 1 in called],
  [grown.length, 1 in grown, 2 in grown],
  [past.length, Object.keys(past)],
  [deleted.length, 1 in deleted, deleted[1]],
  [afterSpread.length, Object.keys(afterSpread)],
];
