// expect: ["x:1:2", "y:3:4"]
function f(a, b) { return this.tag + ":" + a + ":" + b; }
return [f.call({ tag: "x" }, 1, 2), f.call({ tag: "y" }, 3, 4)];
