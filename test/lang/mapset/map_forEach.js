// expect: [["a", 1, true], ["b", 2, true]]
const m = new Map([["a", 1], ["b", 2]]);
const out = [];
m.forEach((v, k, map) => out.push([k, v, map === m]));
return out;
