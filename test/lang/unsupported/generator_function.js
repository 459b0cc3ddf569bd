// expect error: not supported
function* g() {}
return 1;
