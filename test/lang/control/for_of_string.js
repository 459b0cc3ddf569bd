// expect: ["a", "b", "c"]
const out = [];
for (const ch of "abc") out.push(ch);
return out;
