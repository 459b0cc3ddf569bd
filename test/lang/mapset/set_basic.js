// expect: [3, 4, true, false, true, false, 3, [1, "1", 3]]
const s = new Set([1, "1", 1, 2]);
const initial = s.size;
s.add(3).add(3);
const r = [initial, s.size, s.has(1), s.has(9)];
r.push(s.delete(2), s.delete(2), s.size, [...s]);
return r;
