// expect: ["a=1", "b=2"]
const out = [];
for (const [k, v] of Object.entries({ a: 1, b: 2 })) out.push(k + "=" + v);
return out;
