// expect: [[], [1, "x", "y", 2, 3], ["y"], [1, "x", "z", 2, 3]]
const a = [1, 2, 3];
const r1 = a.splice(1, 0, "x", "y");
const s1 = a.slice();
const r2 = a.splice(2, 1, "z");
return [r1, s1, r2, a];
