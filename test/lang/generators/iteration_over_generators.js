// expect: [[0, 1, 2, 3, 4], [1, 2, 3], [1, 2, 3], 1, 2, [3], [1, 2, 3], ["a1", "b2"], ["closed"], 6]
function* naturals() { let i = 0; while (true) yield i++; }
const firstFive = [];
for (const n of naturals()) {
  if (n > 4) break;
  firstFive.push(n);
}
function* three() { yield 1; yield 2; yield 3; }
const spread = [...three()];
const from = Array.from(three());
const [x, y, ...rest] = three();
const mapped = Array.from(three(), (v) => v);
const m = new Map([["a", 1], ["b", 2]]);
function* entries(map) { for (const [k, v] of map) yield k + v; }
const ent = [...entries(m)];
// Leaving a for-of early closes the generator: its finally runs.
const closed = [];
function* watched() { try { yield 1; yield 2; } finally { closed.push("closed"); } }
for (const v of watched()) break;
let total = 0;
for (const v of three()) total += v;
return [firstFive, spread, from, x, y, rest, mapped, ent, closed, total];
