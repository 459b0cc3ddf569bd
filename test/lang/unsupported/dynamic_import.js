// expect error: not supported
return import("x");
