// expect: [1, 5, 7]
const { a: first, b: second = 5, c: third = 7 } = { a: 1, c: undefined };
return [first, second, third];
