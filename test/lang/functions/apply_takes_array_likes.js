// expect: [9, null, 0, "TypeError", 2, [2, "a", "b"]]
// apply reads its second argument by length and index (CreateListFromArrayLike): it does
// not iterate, so a Set or a generator gives no arguments and a string is refused.
function count() { return arguments.length; }
let err;
try { Math.max.apply(null, "12"); } catch (e) { err = e.constructor.name; }
const reads = [];
const arrayLike = { get length() { reads.push(2); return 2; }, get 0() { reads.push("a"); return 1; }, get 1() { reads.push("b"); return 2; } };
function* never() { throw new Error("not iterated"); }
return [Math.max.apply(null, { length: 2, 0: 5, 1: 9 }), Math.max.apply(null, new Set([1, 2])), count.apply(null, never()), err, count.apply(null, arrayLike), reads];
