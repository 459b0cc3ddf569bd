// expect error: not supported
const A = class {};
return 1;
