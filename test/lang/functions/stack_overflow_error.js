// expect error: Maximum call stack size exceeded
function f(n) { return f(n + 1) + 1; }
return f(0);
