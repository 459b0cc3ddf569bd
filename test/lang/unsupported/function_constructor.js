// expect error: not supported
return Function("return 1")();
