// expect: [[1, false], [42, false], ["inner done", false], [7, false], [8, false], ["a", false], ["😀", false], ["b", false], [null, true]]
function* inner() {
  const r = yield 1;
  yield r;
  return "inner done";
}
function* g() {
  const v = yield* inner();
  yield v;
  yield* [7, 8];
  yield* "a😀b";
}
const it = g();
const out = [it.next(), it.next(42)];
for (let i = 0; i < 7; i++) out.push(it.next());
return out.map((r) => [r.value === undefined ? null : r.value, r.done]);
