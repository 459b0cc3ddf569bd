// expect: [[1, 3], 2]
const fns = [];
let count = 0;
for (let i = 0; i < 4; i++) {
  count++;
  if (i % 2 === 0) { i++; fns.push(() => i); }
}
return [fns.map((f) => f()), count];
