// expect: [true, true, false, true, true, false]
function P() {}
const p = new P();
return [p instanceof P, p instanceof Object, {} instanceof P, [] instanceof Array, new TypeError("x") instanceof Error, new Error("x") instanceof TypeError];
