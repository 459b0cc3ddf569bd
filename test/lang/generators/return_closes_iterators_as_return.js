// expect: [["from return", true], ["TypeError", true], [{"value": 5, "done": true}, ["r", "f"]], {"value": 7, "done": true}, "body"]
// return() reaching a for-of in the generator closes its iterator as a return does:
// what that iterator's return() throws (or a result that is not an object) wins.
const iter = (ret) => ({ [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return: ret });
function* over(it) { for (const x of it) yield x; }
const a = over(iter(() => { throw new Error("from return"); }));
a.next();
let first;
try { a.return(5); } catch (e) { first = [e.message, a.next().done]; }
const b = over(iter(() => 3));
b.next();
let second;
try { b.return(5); } catch (e) { second = [e.name, b.next().done]; }
const log = [];
function* guarded(it) { try { for (const x of it) yield x; } finally { log.push("f"); } }
const c = guarded(iter(() => { log.push("r"); return {}; }));
c.next();
const third = [c.return(5), log];
// A yield inside a destructuring default, then return().
function* destr() { const [p = yield 1, q] = [undefined, 2]; return [p, q]; }
const d = destr();
d.next();
const fourth = d.return(7);
// An exception from the body still wins over the iterator's return() error.
function* body(it) { for (const x of it) { yield x; throw new Error("body"); } }
const e = body(iter(() => { throw new Error("quiet"); }));
e.next();
let fifth;
try { e.next(); } catch (err) { fifth = err.message; }
return [first, second, third, fourth, fifth];
