// expect error: not supported
return new Function("return 1")();
