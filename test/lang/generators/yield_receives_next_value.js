// expect: [[5, false], [20, false], [13, true], ["first ignored", 3]]
function* g(a) {
  const x = yield a;
  const y = yield x * 2;
  return x + y;
}
const it = g(5);
const out = [it.next("ignored"), it.next(10), it.next(3)].map((r) => [r.value, r.done]);
// The value given to the first next() is not seen; later ones are each yield's value.
function* echo() {
  const seen = [];
  seen.push(yield);
  seen.push(yield);
  return seen;
}
const e = echo();
e.next("first ignored");
e.next("a");
const done = e.next("b");
out.push(["first ignored", done.value.length + 1]);
return out;
