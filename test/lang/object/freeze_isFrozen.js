// expect: [true, false, true, 1, true]
const o = Object.freeze({ a: 1, inner: { b: 2 } });
const plain = {};
o.inner.b = 3;
return [Object.isFrozen(o), Object.isFrozen(plain), Object.isFrozen(Object.freeze([1])), o.a, o.inner.b === 3];
