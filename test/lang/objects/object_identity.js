// expect: [false, true, 2]
const a = { v: 1 };
const b = a;
b.v = 2;
return [{ v: 1 } === { v: 1 }, a === b, a.v];
