// expect: [0, 2, 1, 1, 0]
function a() {}
function b(x, y) {}
function c(x, y = 1, z) {}
function d(x, ...r) {}
const e = (...r) => r;
return [a.length, b.length, c.length, d.length, e.length];
