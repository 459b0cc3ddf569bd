// expect: [[1, false], [7, true], [null, true], ["body", "finally"], [9, true], [[1, false], [2, false], [5, true]], "cleanup saw 3"]
const log = [];
function* g() {
  try {
    log.push("body");
    yield 1;
    log.push("never");
  } finally {
    log.push("finally");
  }
}
const it = g();
const a = it.next();
const b = it.return(7);
const c = it.next();
// return() before the first next(): the body never runs.
const fresh = g();
const d = fresh.return(9);
// A finally block may yield while the generator returns; return() gives its value at the end.
function* h() {
  try {
    yield 1;
  } finally {
    yield 2;
  }
}
const hi = h();
const steps = [hi.next(), hi.return(5), hi.next()];
// A return in finally overrides the value given to return().
let seen;
function* k() {
  let n = 3;
  try {
    yield n;
  } finally {
    seen = "cleanup saw " + n;
  }
}
const ki = k();
ki.next();
ki.return();
const pair = (r) => [r.value === undefined ? null : r.value, r.done];
return [pair(a), pair(b), pair(c), log, pair(d), steps.map(pair), seen];
