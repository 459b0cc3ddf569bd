// expect: [3, 3, 8]
let x;
const y = (x = 3);
const o = {};
const z = (o.k = 8);
return [x, y, z];
