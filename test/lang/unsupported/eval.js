// expect error: not supported
return eval("1");
