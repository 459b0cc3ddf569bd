// expect error: Cannot set property
const o = { get v() { return 1; } };
o.v = 2;
return o.v;
