// expect: ["a", "b", "c"]
const m = new Map([["a", 1]]);
const seen = [];
for (const [k] of m) {
  seen.push(k);
  if (k === "a") m.set("b", 2);
  if (k === "b") m.set("c", 3);
}
return seen;
