// expect: [3, 1, "c", 0]
function f() { return [arguments.length, arguments[0], arguments[2]]; }
function g() { return arguments.length; }
return [...f(1, "b", "c"), g()];
