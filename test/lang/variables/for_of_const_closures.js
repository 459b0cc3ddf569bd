// expect: ["a", "b", "c"]
const fns = [];
for (const s of ["a", "b", "c"]) {
  fns.push(() => s);
}
return fns.map((f) => f());
