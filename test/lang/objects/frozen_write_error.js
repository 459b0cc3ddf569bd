// expect error: Cannot assign to read only property
const o = Object.freeze({ a: 1 });
o.a = 2;
return o;
