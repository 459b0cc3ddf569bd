// expect: ["x", "y"]
const fns = [];
for (const k in { x: 1, y: 2 }) {
  fns.push(() => k);
}
return fns.map((f) => f());
