// expect: [4, [[1, 2], [3, 5]], [3, 5], 3]
const m = [[1, 2], [3, 4]];
const before = m[1][1];
const row = m[1];
m[1][1] = 5;
return [before, m, row, m[1][0]];
