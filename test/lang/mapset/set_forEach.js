// expect: [["x", "x"], ["y", "y"]]
const out = [];
new Set(["x", "y"]).forEach((v, k) => out.push([v, k]));
return out;
