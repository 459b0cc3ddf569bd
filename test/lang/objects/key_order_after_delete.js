// expect: ["b", "c", "a"]
const o = { a: 1, b: 2, c: 3 };
delete o.a;
o.a = 4;
return Object.keys(o);
