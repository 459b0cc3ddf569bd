// expect: [{"a":1}, 6]
const o = await { a: 1 };
const sum = await [1, 2, 3].reduce((a, b) => a + b, 0);
return [o, sum];
