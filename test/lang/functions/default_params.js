// expect: [3, 5, 3, 12]
function f(a, b = 2) { return a + b; }
function g(a, b = a * 4) { return a + b; }
return [f(1), f(1, 4), f(1, undefined), g(2, 10)];
