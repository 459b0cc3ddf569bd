// expect: [2, 5, 3]
function f(a) { return [arguments.length, a, arguments[1]]; }
return f(5, 3);
