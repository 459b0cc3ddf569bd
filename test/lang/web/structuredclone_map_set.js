// expect: [true,2,true,1,true,[1,2],[1]]
const key = { k: 1 };
const m = new Map([[key, new Set([1, 2])], ["s", { v: [1] }]]);
const c = structuredClone(m);
const [ck] = c.keys();
return [c instanceof Map, c.size, ck !== key, ck.k, c.get(ck) instanceof Set, [...c.get(ck)], c.get("s").v];
