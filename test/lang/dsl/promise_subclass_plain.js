// expect: [true, false, 1, true]
// Promise cannot be subclassed: `new P()` of a class extending it makes a plain promise; an async function's prototype is Function.prototype.
class P extends Promise {}
const p = new P((r) => r(1));
return [p instanceof Promise, p instanceof P, await p, Object.getPrototypeOf(async function () {}) === Function.prototype];
