// expect error: is not iterable
const [a] = {};
return a;
