// expect: ["a-1", "x-2"]
function f({ k = "x", v = 2 } = {}) { return k + "-" + v; }
return [f({ k: "a", v: 1 }), f()];
