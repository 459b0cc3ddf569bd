// expect: [["one", "uno", "end"], ["other", "end"], [[1, 1], [2, 1]], [42, "f", true], [1, 2], [0, 1, 1, 2], [1, [1, 2, []], [1, 5, [6, 7]]]]
function* sw(x) {
  switch (x) {
    case 1: yield "one"; yield "uno"; break;
    default: yield "other";
  }
  yield "end";
}
function* labelled() {
  outer: for (const a of [1, 2]) {
    for (const b of [1, 2]) {
      if (b === 2) continue outer;
      yield [a, b];
    }
  }
}
function* handlers() {
  const x = yield;
  try { throw x; } catch (e) { yield e * 2; } finally { yield "f"; }
}
const h = handlers();
h.next();
const hs = [h.next(21).value, h.next().value, h.next().done];
class A { get x() { return 1; } }
class B extends A {
  constructor() { super(); this.y = 2; }
  *m() { yield super.x; yield this.y; }
}
// The body does not run until the first next().
let n = 0;
function* counted() { n++; yield n; }
const a = counted(), b = counted();
const order = [n, a.next().value, n, b.next().value];
function* params(p, q = p + 1, ...rest) { yield [p, q, rest]; }
return [[...sw(1)], [...sw(2)], [...labelled()], hs, [...new B().m()], order, [params.length, params(1).next().value, params(1, 5, 6, 7).next().value]];
