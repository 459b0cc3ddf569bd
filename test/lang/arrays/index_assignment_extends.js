// expect: [[1, 2, 3], 3]
const a = [1, 2];
a[a.length] = 3;
return [a, a.length];
