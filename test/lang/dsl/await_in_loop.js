// expect: [0, 2, 4]
const out = [];
for (let i = 0; i < 3; i++) out.push(await (i * 2));
return out;
