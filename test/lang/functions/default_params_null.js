// expect: [null, "d"]
function f(x = "d") { return x; }
return [f(null), f()];
