// expect: [true, true, true, true]
function F() {}
const f = new F();
return [
  Object.getPrototypeOf({}) === Object.prototype,
  Object.getPrototypeOf([]) === Array.prototype,
  Object.getPrototypeOf(f) === F.prototype,
  Object.getPrototypeOf(Object.create(null)) === null,
];
