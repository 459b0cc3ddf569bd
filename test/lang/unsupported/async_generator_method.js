// expect error: async generator functions are not supported
const o = { async *g() { yield 1; } };
return 1;
