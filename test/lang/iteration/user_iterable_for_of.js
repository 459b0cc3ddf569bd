// expect: [[0, 1, 2], ["b0", "b1"], "ret1", "boom", ["iter", "return@3", "iter", "return@2", "iter", "return@2"]]
const log = [];
function range(n) {
  let i = 0;
  return {
    [Symbol.iterator]() { log.push("iter"); return this; },
    next() { return i < n ? { value: i++, done: false } : { value: undefined, done: true }; },
    return() { log.push("return@" + i); return {}; },
  };
}
const all = [], some = [];
for (const x of range(3)) all.push(x);
log.length = 0;
for (const x of range(5)) { if (x === 2) break; some.push("b" + x); }
function f() { for (const x of range(5)) { if (x === 1) return "ret" + x; } }
const r = f();
let msg;
try { for (const x of range(5)) { if (x === 1) throw new Error("boom"); } } catch (e) { msg = e.message; }
return [all, some, r, msg, log];
