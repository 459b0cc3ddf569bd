// expect: [10, "10", 2.5]
const s = "10";
const n = s.int();
const half = (n / 4).float();
return [n, n.string(), half];
