// expect: [[null, 1, null, 1, true], ["1--3", "1,,3", ",", "a,"], [[[0, 1], [1, null], [2, 3]], [0, 1, 2], [true, false, true]], [true, 3, true, true, true, true, true]]
// find, findIndex, findLast, includes, join, toString, entries/keys/values, spread,
// for-of, destructuring and Array.from see a hole as undefined.
const a = [1, , 3];
const values = [];
for (const v of a.values()) values.push(v !== undefined);
const spread = [...a];
const ofs = [];
for (const v of a) ofs.push(v);
const [, middle] = a;
const [x, ...rest] = [, 2];
const from = Array.from(a);
return [
  [a.find((v) => v === undefined), a.findIndex((v) => v === undefined), a.findLast((v) => v === undefined), a.findLastIndex((v) => v === undefined), a.includes(undefined)],
  [a.join("-"), a.toString(), [, ,].join(), ["a", ,].toString()],
  [[...a.entries()], [...a.keys()], values],
  [1 in spread, ofs.length, ofs[1] === undefined, middle === undefined, x === undefined && rest[0] === 2, 1 in from, from[1] === undefined],
];
