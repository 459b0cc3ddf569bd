// expect: [[2, 3], [3, 4], [1, 2, 3, 4], [2, 3], []]
const a = [1, 2, 3, 4];
return [a.slice(1, 3), a.slice(-2), a.slice(), a.slice(1, -1), a.slice(3, 1)];
