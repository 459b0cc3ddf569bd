// expect: ["a:1", "b:2", "x", "y"]
const out = [];
for (const [k, v] of new Map([["a", 1], ["b", 2]])) out.push(k + ":" + v);
for (const v of new Set(["x", "y"])) out.push(v);
return out;
