// expect: [2, 1, "e", [0, 0], "x", true]
const m = new Map([["a", 1], ["b", 2]]);
const s = new Set([1]);
const e = new Error("e");
const a = new Array(2).fill(0);
const r = new RegExp("x");
return [m.size, s.size, e.message, a, r.source, new Object() instanceof Object];
