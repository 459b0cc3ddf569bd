// expect: [[4, 5], [1, 2, 3], [2, 3], [1]]
const a = [1, 2, 3, 4, 5];
const r1 = a.splice(-2);
const s1 = a.slice();
const r2 = a.splice(1);
return [r1, s1, r2, a];
