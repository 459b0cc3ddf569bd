// expect: [[42, true], [null, true], ["caught", "x"], [[1, false], ["after", false], [null, true]]]
function* g() {
  try {
    yield 1;
  } finally {
    return 42;
  }
}
const it = g();
it.next();
const r = it.return(7);
// A catch clause does not catch return(): only finally blocks run.
function* h() {
  try {
    yield 1;
  } catch (e) {
    yield "caught!?";
  }
}
const hi = h();
hi.next();
hi.return();
const after = hi.next();
// throw() is caught by a catch clause at the yield.
let caught;
function* t() {
  try {
    yield 1;
  } catch (e) {
    caught = ["caught", e];
  }
}
const ti = t();
ti.next();
ti.throw("x");
function* u() {
  try {
    yield 1;
  } catch {
    // swallowed
  }
  yield "after";
}
const ui = u();
const steps = [ui.next(), ui.throw(new Error("e")), ui.next()];
const pair = (x) => [x.value === undefined ? null : x.value, x.done];
return [pair(r), pair(after), caught, steps.map(pair)];
