// expect: [["a"], "{\"a\":2}", 1, 3, 2, ["a"], true, true, false]
const s = Symbol("s"), t = Symbol("t");
const o = { [s]: 1, a: 2 };
o[t] = 3;
const seen = [];
for (const k in o) seen.push(k);
const r = [Object.keys(o), JSON.stringify(o), o[s], o[t], Object.getOwnPropertySymbols(o).length, seen, s in o, delete o[s]];
r.push(s in o);
return r;
