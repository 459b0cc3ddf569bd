// expect: ["returned a promise","param"]
// An error in an async function's parameter initialisers rejects its promise (nothing is thrown at the call).
async function f(a = (() => { throw new Error("param"); })()) { return a; }
let p;
try { p = f(); } catch (e) { return ["threw", e.message]; }
return ["returned a promise", await p.catch((e) => e.message)];
