// expect: ["0", "1", "2"]
const out = [];
for (const k in ["x", "y", "z"]) out.push(k);
return out;
