// expect: [true, true, false, 1, true]
// A class extending Promise makes its own instances, but then() makes plain promises (Symbol.species is not consulted); an async function's prototype is Function.prototype.
class P extends Promise {}
const p = new P((r) => r(1));
const q = p.then((x) => x);
return [p instanceof P, q instanceof Promise, q instanceof P, await q, Object.getPrototypeOf(async function () {}) === Function.prototype];
