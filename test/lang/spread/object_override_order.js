// expect: [{"a":1,"b":2}, {"a":9,"b":2}]
const o = { a: 9 };
return [{ ...o, a: 1, b: 2 }, { a: 1, ...o, b: 2 }];
