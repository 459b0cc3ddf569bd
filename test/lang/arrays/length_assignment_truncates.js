// expect: [[1, 2], 2]
const a = [1, 2, 3, 4];
a.length = 2;
return [a, a.length];
