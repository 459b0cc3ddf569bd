// expect: [true, false]
function F() {}
const a = new F();
const oldProto = F.prototype;
F.prototype = {};
return [Object.getPrototypeOf(a) === oldProto, a instanceof F];
