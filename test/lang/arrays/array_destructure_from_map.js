// expect: [["a", 1], ["b", 2]]
const m = { a: 1, b: 2 };
return Object.keys(m).map((k) => [k, m[k]]);
