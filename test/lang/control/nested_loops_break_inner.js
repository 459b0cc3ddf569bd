// expect: [[0, 0], [1, 0], [2, 0]]
const out = [];
for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) break;
    out.push([i, j]);
  }
}
return out;
