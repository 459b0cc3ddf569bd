// expect error: Class extends value 5 is not a constructor or null
class A extends 5 {}
return 1;
