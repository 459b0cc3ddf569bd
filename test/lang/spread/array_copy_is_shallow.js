// expect: [[1, 2], [1, 2, 3], true]
const inner = { v: 1 };
const a = [1, 2];
const b = [...a, 3];
const c = [inner];
const d = [...c];
return [a, b, d[0] === inner];
