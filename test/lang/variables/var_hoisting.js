// expect: ["undefined", 5]
const before = String(v);
var v = 5;
return [before, v];
