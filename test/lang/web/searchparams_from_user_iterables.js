// expect: ["a=1&b=c", "x=1&a=1&y=2", "TypeError", "q=v", "k=1&n=2"]
// A script's iterable (a generator, an object with [Symbol.iterator]) is read as a list
// of pairs, and so is each pair; an object without one is a record.
function* pairs() { yield ["a", 1]; yield new Set(["b", "c"]); }
const p = new URLSearchParams(pairs());
const p2 = new URLSearchParams([["x", "1"], pairs().next().value, (function* () { yield "y"; yield 2; })()]);
let err;
try { new URLSearchParams({ *[Symbol.iterator]() { yield ["a"]; } }); } catch (e) { err = e.constructor.name; }
const p3 = new URLSearchParams(new Map([["q", "v"]]).entries());
const p4 = new URLSearchParams({ k: 1, n: "2" });
return [p.toString(), p2.toString(), err, p3.toString(), p4.toString()];
