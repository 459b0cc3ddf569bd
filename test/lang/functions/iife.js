// expect: [3, "x"]
const a = (function (n) { return n + 1; })(2);
const b = (() => "x")();
return [a, b];
