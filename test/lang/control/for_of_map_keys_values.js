// expect: [["a", "b"], [1, 2]]
const m = new Map([["a", 1], ["b", 2]]);
const ks = [], vs = [];
for (const k of m.keys()) ks.push(k);
for (const v of m.values()) vs.push(v);
return [ks, vs];
