// expect: [[10, 0], [20, 1]]
const out = [];
[10, 20].forEach((v, i, arr) => { if (arr.length === 2) out.push([v, i]); });
return out;
