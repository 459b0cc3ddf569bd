// expect: ["undefined", "number", "function"]
let x;
const y = 2;
function z() {}
return [typeof x, typeof y, typeof z];
