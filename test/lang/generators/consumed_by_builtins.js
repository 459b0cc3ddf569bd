// expect: [[1, 2, 3], [2, 4, 6], 2, {"a": 1, "b": 2}, 3, [1, 2, 3], "thrown from the generator"]
function* three() { yield 1; yield 2; yield 3; }
function* pairs() { yield ["a", 1]; yield ["b", 2]; }
const from = Array.from(three());
const mapped = Array.from(three(), (v) => v * 2);
const set = new Set(pairs());
const obj = Object.fromEntries(pairs());
const max = Math.max(...three());
const viaApply = [].concat.apply([], [...three()].map((x) => [x]));
// What a generator throws reaches the caller of Array.from.
function* failing() { yield 1; throw new Error("thrown from the generator"); }
let msg;
try { Array.from(failing()); } catch (e) { msg = e.message; }
return [from, mapped, set.size, obj, max, viaApply, msg];
