// expect: [[1, 2, 3], [10, 20], "1,1,2,3,5,8,13,21", [[0, "a"], [1, "b"]]]
function counter() {
  let n = 0;
  function* tick() { while (true) { n++; yield n; } }
  return tick();
}
const c = counter();
const ticks = [c.next().value, c.next().value, c.next().value];
// Two generators of one function keep their own state.
function* scaled(k) { let i = 1; while (true) yield k * i++; }
const a = scaled(10), b = scaled(20);
a.next();
const own = [a.next().value / 2, b.next().value];
function* fib() { let [x, y] = [1, 1]; while (true) { yield x; [x, y] = [y, x + y]; } }
function take(n, it) { const out = []; for (const v of it) { if (out.length === n) break; out.push(v); } return out; }
function* enumerate(it) { let i = 0; for (const v of it) yield [i++, v]; }
return [ticks, own, take(8, fib()).join(","), [...enumerate(["a", "b"])]];
