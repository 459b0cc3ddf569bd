// expect: [1, 3, 5]
const out = [];
for (let i = 0; i < 10; i++) {
  if (i % 2 === 0) continue;
  if (i > 5) break;
  out.push(i);
}
return out;
