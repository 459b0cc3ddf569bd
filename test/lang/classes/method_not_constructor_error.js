// expect error: is not a constructor
// v8-message: skip
class A { m() {} }
const a = new A();
return new a.m();
