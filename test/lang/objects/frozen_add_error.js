// expect error: object is not extensible
const o = Object.freeze({ a: 1 });
o.b = 2;
return o;
