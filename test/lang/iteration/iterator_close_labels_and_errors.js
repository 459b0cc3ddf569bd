// expect: [["0,0", "1,0", "2,0"], ["ret:2", "ret:3", "ret:4"], "TypeError", "next threw", []]
const closed = [];
function range(n, tag) {
  let i = 0;
  return { [Symbol.iterator]() { return this; }, next() { return i < n ? { value: i++, done: false } : { done: true }; }, return() { closed.push("ret:" + tag); return {}; } };
}
const pairs = [];
outer: for (const x of range(3, 1)) { for (const y of range(3, x + 2)) { if (y === 1) continue outer; pairs.push(x + "," + y); } }
const closedLabels = closed.slice();
let kind;
try { for (const x of { [Symbol.iterator]() { return { next() { return 1; } }; } }) {} } catch (e) { kind = e.name; }
closed.length = 0;
let msg;
try { for (const x of { [Symbol.iterator]() { return { next() { throw new Error("next threw"); }, return() { closed.push("wrong"); } }; } }) {} } catch (e) { msg = e.message; }
return [pairs, closedLabels, kind, msg, closed];
