// expect error: is not iterable
const n = 5;
return [...n];
