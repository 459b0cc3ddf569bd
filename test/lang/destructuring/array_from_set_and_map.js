// expect: [1, 2, ["k", "v"]]
const [a, b] = new Set([1, 2, 3]);
const [entry] = new Map([["k", "v"]]);
return [a, b, entry];
