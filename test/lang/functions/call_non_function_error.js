// expect error: is not a function
const o = { x: 1 };
return o.x();
