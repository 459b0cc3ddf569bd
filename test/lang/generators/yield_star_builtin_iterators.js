// expect: [[true, "The iterator does not provide a 'throw' method.", true], [{"value": 5, "done": true}, true], [["a", 1], ["b", 2], 7]]
// yield* over an array: next values are ignored, throw() is a TypeError, return() finishes at once.
function* g() { yield* [1, 2]; }
const a = g();
a.next();
let thrown;
try { a.throw("t"); } catch (e) { thrown = [e instanceof TypeError, e.message, a.next().done]; }
const b = g();
b.next();
const returned = [b.return(5), b.next().done];
function* entries() { yield* new Map([["a", 1], ["b", 2]]); yield* new Set([7]); }
return [thrown, returned, [...entries()]];
