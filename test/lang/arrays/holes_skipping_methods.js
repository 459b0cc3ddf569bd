// expect: [[0, 2, 4], [false, 5, ["0", "2", "4"], 10], [1, 3, 5], ["1,3,5", "5,3,1", 9], [false, true, 6], [-1, -1, 2, 2], [[1, 2, 3], [1, 1, 3, 3]]]
// forEach, map (its result keeps the holes), filter, reduce, reduceRight, some, every,
// indexOf, lastIndexOf, flat and flatMap skip holes.
const a = [1, , 3, , 5];
const visited = [];
a.forEach((v, i) => visited.push(i));
const doubled = a.map((v) => v * 2);
let calls = 0;
const some = a.some((v) => { calls++; return v === undefined; });
const every = a.every((v) => { calls++; return v !== undefined; });
return [
  visited,
  [1 in doubled, doubled.length, Object.keys(doubled), doubled[4]],
  a.filter(() => true),
  [a.reduce((s, v) => s + "," + v), a.reduceRight((s, v) => s + "," + v), [, , 9].reduce((x, y) => x + y)],
  [some, every, calls],
  [[, 1].indexOf(undefined), [1, ,].lastIndexOf(undefined), [1, , 3].indexOf(3), [1, , 3].lastIndexOf(3)],
  [[[1, , 2], , [3]].flat(), [1, , 3].flatMap((x) => [x, x])],
];
