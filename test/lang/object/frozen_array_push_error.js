// expect error: object is not extensible
const a = Object.freeze([1]);
a.push(2);
return a;
