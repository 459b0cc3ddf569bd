// expect: [3, 1, 2]
const out = [];
for (const v of new Set([3, 1, 3, 2])) out.push(v);
return out;
