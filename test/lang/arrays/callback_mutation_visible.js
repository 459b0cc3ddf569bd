// expect: [1, 2, 3]
const a = [1, 2, 3];
const seen = [];
a.forEach((v) => { seen.push(v); if (a.length < 3) a.push(99); });
return seen;
