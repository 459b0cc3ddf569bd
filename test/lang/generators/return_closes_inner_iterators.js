// expect: [[{"value": "x", "done": true}, ["inner closed", "outer closed"]], ["from finally", {"done": true}], [5, true]]
const log = [];
function* inner() { try { yield 1; yield 2; } finally { log.push("inner closed"); } }
function* outer() {
  try {
    for (const v of inner()) yield v * 10;
  } finally {
    log.push("outer closed");
  }
}
const it = outer();
it.next();
const first = [it.return("x"), log];
// An error thrown by a finally block during return() reaches the caller; the generator is done.
function* bad() { try { yield 1; } finally { throw new Error("from finally"); } }
const b = bad();
b.next();
let second;
try { b.return(1); } catch (e) { second = [e.message, b.next()]; }
// yield* evaluates to the delegate's return value.
function* five() { return 5; }
function* wrap() { const v = yield* five(); return v; }
const r = wrap().next();
return [first, second, [r.value, r.done]];
