// expect: [true, [1, 2, 3]]
const a = [3, 1, 2];
const b = a.sort();
return [a === b, a];
