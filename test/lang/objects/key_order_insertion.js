// expect: ["z", "a", "m"]
const o = {};
o.z = 1; o.a = 2; o.m = 3;
return Object.keys(o);
