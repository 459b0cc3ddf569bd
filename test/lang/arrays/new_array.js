// expect: [3, [1, 2], [5, 5]]
const a = new Array(3).fill(null);
return [a.length, new Array(1, 2), new Array(2).fill(5)];
