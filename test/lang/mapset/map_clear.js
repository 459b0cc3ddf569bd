// expect: [0, false]
const m = new Map([[1, 2]]);
m.clear();
return [m.size, m.has(1)];
