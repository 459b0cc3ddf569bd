// expect: [["a", 3], ["b", 2], ["c", 1]]
const m = new Map();
for (const ch of "abacab") m.set(ch, (m.get(ch) || 0) + 1);
return [...m].sort((x, y) => y[1] - x[1]);
