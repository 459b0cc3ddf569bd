// expect: [1, [2, 3], 4, [0, 1, 2, 3], "undefined"]
const a = [1, 2, 3];
const s = a.shift();
const snap = a.slice();
const n = a.unshift(0, 1);
return [s, snap, n, a, String([].shift())];
