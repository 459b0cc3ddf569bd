// expect: ["t-1-2", 9]
function f(a, b) { return this.p + "-" + a + "-" + b; }
return [f.apply({ p: "t" }, [1, 2]), Math.max.apply(null, [3, 9, 1])];
