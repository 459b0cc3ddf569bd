// expect: [3, [1, 2]]
const a = 3;
const arr = [1];
arr.push(2);
return [a, arr];
