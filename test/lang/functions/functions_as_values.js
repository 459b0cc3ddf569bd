// expect: ["add", 5, "sub", -1]
const ops = { add: (a, b) => a + b, sub: (a, b) => a - b };
const out = [];
for (const name of Object.keys(ops)) out.push(name, ops[name](2, 3));
return out;
