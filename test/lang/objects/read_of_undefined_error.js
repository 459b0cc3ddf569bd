// expect error: Cannot read properties of undefined (reading 'b')
const o = {};
return o.a.b;
