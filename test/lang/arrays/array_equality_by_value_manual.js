// expect: [true, false]
const eq = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
return [eq([1, 2], [1, 2]), eq([1, 2], [2, 1])];
