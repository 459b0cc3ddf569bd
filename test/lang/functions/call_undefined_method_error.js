// expect error: is not a function
const o = {};
return o.missing();
