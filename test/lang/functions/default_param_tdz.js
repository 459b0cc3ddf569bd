// expect error: Cannot access 'b' before initialization
function f(a = b, b = 1) { return a; }
return f();
