// expect: [[1, 2, 3, [4]], [1, 2, 3, 4], [1, 2]]
const a = [1, [2, [3, [4]]]];
return [a.flat(2), a.flat(Infinity), [[1], [2]].flat()];
