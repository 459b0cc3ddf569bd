// expect: [[false,true,false],[false,true,true],[true,false,true,true],{"a":5},["a"]]
const p = Object.preventExtensions({ a: 1 });
const s = Object.seal({ a: 1 });
s.a = 5;
const empty = Object.preventExtensions({});
return [
  [Object.isExtensible(p), Object.isSealed(empty), Object.isFrozen(p)],
  [Object.isExtensible(s), Object.isSealed(s), Object.isSealed(Object.freeze({ b: 1 }))],
  [Object.isFrozen(empty), Object.isFrozen(s), Object.isExtensible({}), Object.isFrozen(1)],
  s, Object.keys(s),
];
