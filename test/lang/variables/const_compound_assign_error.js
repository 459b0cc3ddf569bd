// expect error: Assignment to constant variable
const n = 1;
n += 1;
return n;
