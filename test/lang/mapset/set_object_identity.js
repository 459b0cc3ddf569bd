// expect: [2, true, false]
const a = { id: 1 };
const s = new Set([a, { id: 1 }, a]);
return [s.size, s.has(a), s.has({ id: 1 })];
