// expect: [1, 2, "undefined", 3]
let a = 1, b = a + 1, c;
var d = 3, e;
return [a, b, String(c), d];
