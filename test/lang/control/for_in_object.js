// expect: ["a", "b", "c"]
const out = [];
for (const k in { a: 1, b: 2, c: 3 }) out.push(k);
return out;
