// expect error: Cannot add property b, object is not extensible
const s = Object.seal({ a: 1 });
s.b = 2;
