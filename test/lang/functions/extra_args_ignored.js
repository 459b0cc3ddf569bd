// expect: 3
function f(a, b) { return a + b; }
return f(1, 2, 3, 4);
