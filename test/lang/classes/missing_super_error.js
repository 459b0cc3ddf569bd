// expect error: Must call super constructor in derived class before accessing 'this' or returning from derived constructor
class A {}
class B extends A { constructor() {} }
return new B();
