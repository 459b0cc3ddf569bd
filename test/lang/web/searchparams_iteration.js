// expect: [["a=1","b=2","a=3"],["a","b","a"],["1","2","3"],[["a","1"],["b","2"],["a","3"]],[["a","1"],["b","2"],["a","3"]],3]
const p = new URLSearchParams("a=1&b=2&a=3");
const seen = [];
for (const [k, v] of p) seen.push(k + "=" + v);
return [seen, [...p.keys()], [...p.values()], [...p.entries()], Array.from(p), [...p].length];
