// expect: [9, 81]
let x = 3;
x **= 2;
const a = x;
x **= 2;
return [a, x];
