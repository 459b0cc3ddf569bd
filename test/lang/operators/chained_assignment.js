// expect: [4, 4, 4]
let a, b, c;
a = b = c = 4;
return [a, b, c];
