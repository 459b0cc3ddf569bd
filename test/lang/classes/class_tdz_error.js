// expect error: Cannot access 'A' before initialization
const a = new A();
class A {}
return a;
