// expect: [[1, 2, 3], [5, 6, 11]]
function f(a = 1, b = a + 1, c = a + b) { return [a, b, c]; }
return [f(), f(5, 6)];
