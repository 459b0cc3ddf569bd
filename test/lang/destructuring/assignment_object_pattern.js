// expect: [1, 2]
let a, b;
({ a, b } = { a: 1, b: 2 });
return [a, b];
