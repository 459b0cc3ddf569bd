// expect: [3, [1, 2, 3], 3, [1, 2], "undefined"]
const a = [1];
const n = a.push(2, 3);
const snap = a.slice();
const p = a.pop();
return [n, snap, p, a, String([].pop())];
