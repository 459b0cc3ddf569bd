// expect: [[1, 2, null], true]
const a = [2, undefined, 1].sort();
return [a, a[2] === undefined];
