// expect error: Cannot read properties of null (reading 'x')
const o = { a: null };
return o.a.x;
