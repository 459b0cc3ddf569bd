// expect: undefined
let x = 1;
x++;
