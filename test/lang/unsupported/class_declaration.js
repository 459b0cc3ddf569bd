// expect error: not supported
class A {}
return 1;
