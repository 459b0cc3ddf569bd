// expect: [4,"m:7",[3,"x"]]
// An async arrow sees its enclosing this and arguments; an async method its receiver.
const o = { n: 2, f() { const g = async () => this.n + arguments.length; return g(); } };
class C { constructor(v) { this.v = v; } async m() { await null; return "m:" + this.v; } }
async function args() { await null; return [arguments.length, arguments[1]]; }
return [await o.f(1, 2), await new C(7).m(), await args(1, "x", 3)];
