// expect error: Cannot read properties of undefined
const o = { a: undefined };
return o?.a.b;
