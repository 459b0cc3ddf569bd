// expect error: Cannot access 'x' before initialization
const y = x + 1;
let x = 2;
return y;
