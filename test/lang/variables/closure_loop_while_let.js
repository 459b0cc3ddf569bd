// expect: [0, 1, 2]
const fns = [];
let i = 0;
while (i < 3) {
  const j = i;
  fns.push(() => j);
  i++;
}
return fns.map((f) => f());
