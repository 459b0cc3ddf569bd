// expect: ["a", "b", "c"]
const o = { a: 1, b: 2, c: 3 };
o.a = 10;
return Object.keys(o);
