// expect error: Assignment to constant variable
const a = 1;
a = 2;
return a;
