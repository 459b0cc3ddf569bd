// expect: [["x", "b"], "m", true, true, ["x", "b"], "sub", 1, "string", [1], ["message", "next1"]]
// new AggregateError(iterable) lists a script's iterable (a generator here), converting
// the message first; a subclass gets its own prototype.
const log = [];
function* errs() { log.push("next1"); yield "x"; yield "b"; }
const e = new AggregateError(errs(), "m");
class E extends AggregateError { constructor(x) { super(x, "sub"); this.t = 1; } }
const s = new E(errs());
const e2 = AggregateError(new Set([1]), "x");
log.length = 0;
new AggregateError(errs(), { toString() { log.push("message"); return "m"; } });
return [e.errors, e.message, s instanceof E, s instanceof AggregateError, s.errors, s.message, s.t, typeof s.stack, e2.errors, log];
