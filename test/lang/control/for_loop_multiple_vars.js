// expect: [[0, 10], [1, 9], [2, 8]]
const out = [];
for (let i = 0, j = 10; i < 3; i++, j--) out.push([i, j]);
return out;
