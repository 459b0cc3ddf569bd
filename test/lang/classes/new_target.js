// expect: [true, false, "B", "B", true]
function F() { return { called: new.target === F }; }
class A { constructor() { this.made = new.target.name; } }
class B extends A { constructor() { super(); this.arrow = (() => new.target.name)(); } }
const b = new B();
return [new F().called, F().called, b.made, b.arrow, new A().made === "A"];
