// expect: [1, 2]
const fns = [];
for (const v of [1, 2]) {
  let captured = v;
  fns.push(() => captured);
}
return fns.map((f) => f());
