// expect: [[1, 2, 3, 4, 5], [1, 2, [3]], [1]]
const a = [1];
return [a.concat([2, 3], 4, [5]), a.concat(2, [[3]]), a];
