// expect: ["2", "10", "b", "a"]
const out = [];
for (const k in { b: 1, 10: 1, a: 1, 2: 1 }) out.push(k);
return out;
