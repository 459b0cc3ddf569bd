// expect: [["one", 1], ["two", 2]]
const m = new Map([["one", 1], ["two", 2]]);
const out = [];
for (const [k, v] of m) out.push([k, v]);
return out;
