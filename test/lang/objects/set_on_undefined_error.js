// expect error: Cannot set properties of undefined
const o = {};
o.a.b = 1;
return o;
