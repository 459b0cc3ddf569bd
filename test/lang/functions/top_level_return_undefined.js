// expect: undefined
const x = 1;
return;
