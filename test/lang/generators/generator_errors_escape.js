// expect: ["bad", [null, true], "param", "Generator.prototype.next"]
function* g() { yield 1; throw new Error("bad"); }
const it = g();
it.next();
let m;
try { it.next(); } catch (e) { m = e.message; }
const after = it.next();
// Parameter initialisers run at the call, before the first next().
let p;
function* withDefault(x = (() => { throw new Error("param"); })()) { yield x; }
try { withDefault(); } catch (e) { p = e.message; }
let wrong;
try { it.next.call({}); } catch (e) { wrong = e instanceof TypeError ? "Generator.prototype.next" : "?"; }
return [m, [after.value === undefined ? null : after.value, after.done], p, wrong];
