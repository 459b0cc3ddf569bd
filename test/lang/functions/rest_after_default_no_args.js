// expect: [[], [], [2, 3], 0]
function f(a = 1, ...r) { return r; }
function g(a, b, ...r) { return r; }
return [f(), g(1), g(0, 1, 2, 3), f.length];
