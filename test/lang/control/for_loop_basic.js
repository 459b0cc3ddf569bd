// expect: [0, 1, 2, 3, 4]
const out = [];
for (let i = 0; i < 5; i++) out.push(i);
return out;
