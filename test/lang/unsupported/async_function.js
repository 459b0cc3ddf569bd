// expect error: not supported
async function f() {}
return 1;
