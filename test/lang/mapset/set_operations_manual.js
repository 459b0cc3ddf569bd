// expect: [[1, 2, 3, 4], [2, 3], [1]]
const a = new Set([1, 2, 3]);
const b = new Set([2, 3, 4]);
return [[...new Set([...a, ...b])], [...a].filter((x) => b.has(x)), [...a].filter((x) => !b.has(x))];
