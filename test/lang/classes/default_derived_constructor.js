// expect: [[1, 2, 3], true, "B"]
class A { constructor(...xs) { this.xs = xs; } }
class B extends A {}
const b = new B(1, 2, 3);
return [b.xs, Object.getPrototypeOf(B) === A, b.constructor.name];
