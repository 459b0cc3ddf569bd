// expect: [[1, false], [2, false], ["end", true], [null, true], [null, true]]
function* g() {
  yield 1;
  yield 2;
  return "end";
}
const it = g();
// A finished generator stays done (value undefined, written as null here).
return [it.next(), it.next(), it.next(), it.next(), it.next()].map((r) => [r.value === undefined ? null : r.value, r.done]);
