// expect: [1, {"b":2,"c":3}]
const { a, ...others } = { a: 1, b: 2, c: 3 };
return [a, others];
