// expect error: not supported
const o = { *g() {} };
return 1;
