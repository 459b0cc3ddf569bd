// expect: [1, 2]
let a = 0, b = 0;
if (true) a = 1;
if (false) a = 99; else b = 2;
return [a, b];
