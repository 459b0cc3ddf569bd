// expect: [1, 5]
let a = 0;
do { a++; } while (false);
let b = 0;
do { b++; } while (b < 5);
return [a, b];
