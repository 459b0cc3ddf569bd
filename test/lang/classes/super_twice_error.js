// expect error: Super constructor may only be called once
class A {}
class B extends A { constructor() { super(); super(); } }
return new B();
