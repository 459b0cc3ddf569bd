// expect: [3, [1, 2, 3]]
const args = [[1, 2, 3]];
const s = new Set(...args);
return [s.size, [...s]];
