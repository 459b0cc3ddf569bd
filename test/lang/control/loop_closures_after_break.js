// expect: [0, 1]
const fns = [];
for (let i = 0; i < 10; i++) {
  if (i === 2) break;
  fns.push(() => i);
}
return fns.map((f) => f());
