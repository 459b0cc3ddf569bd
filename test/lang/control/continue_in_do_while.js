// expect: [1, 3, 5]
const out = [];
let i = 0;
do {
  i++;
  if (i % 2 === 0) continue;
  out.push(i);
} while (i < 5);
return out;
