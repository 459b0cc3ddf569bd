// expect: [null, false, "x", true]
// A hole reads undefined without looking at the prototype chain: index properties on
// the prototype of a class extending Array are not seen through it (JavaScript gives
// "x" and true), while a script's own object inherits them as usual.
class X extends Array {}
X.prototype[1] = "x";
const a = new X(3);
const o = Object.create(X.prototype);
return [a[1], 1 in a, o[1], 1 in o];
