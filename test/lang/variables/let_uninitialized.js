// expect: [true, 4]
let x;
const was = x === undefined;
x = 4;
return [was, x];
