// expect error: async generator functions are not supported
async function* g() { yield 1; }
return 1;
