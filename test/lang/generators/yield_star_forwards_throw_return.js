// expect: [["inner caught boom", false], ["inner finally", "outer finally"], [9, true], "TypeError", ["closed"], [3, true]]
const log = [];
function* inner() {
  try {
    yield 1;
  } catch (e) {
    yield "inner caught " + e;
  } finally {
    log.push("inner finally");
  }
}
function* outer() {
  try {
    yield* inner();
  } finally {
    log.push("outer finally");
  }
}
const a = outer();
a.next();
const r1 = a.throw("boom");
const r2 = a.return(9);
// An iterator without throw(): the delegation closes it and fails with a TypeError.
const closed = [];
const plain = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 0, done: false }; },
  return() { closed.push("closed"); return {}; },
};
function* d() { yield* plain; }
const di = d();
di.next();
let kind;
try { di.throw(new Error("x")); } catch (e) { kind = e.name; }
// The inner return()'s done result is the value return() gives.
const inner2 = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return(v) { return { value: v + 1, done: true }; } };
function* e() { yield* inner2; }
const ei = e();
ei.next();
const r3 = ei.return(2);
const pair = (x) => [x.value === undefined ? null : x.value, x.done];
return [pair(r1), log, pair(r2), kind, closed, pair(r3)];
