// expect: ["undefined", 2]
function f(a, b) { return [String(b), f.length]; }
return f(1);
