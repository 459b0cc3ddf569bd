// expect: ["boom", [null, true], "early", [null, true], "done-throw", "TypeError: Generator is already running"]
function* g() {
  yield 1;
  yield 2;
}
const it = g();
it.next();
let m1;
try { it.throw(new Error("boom")); } catch (e) { m1 = e.message; }
const after = it.next();
// throw() before the first next(): thrown at once, the generator is done.
const fresh = g();
let m2;
try { fresh.throw("early"); } catch (e) { m2 = e; }
const after2 = fresh.next();
// throw() on a finished generator throws the value.
let m3;
try { it.throw("done-throw"); } catch (e) { m3 = e; }
// A generator calling its own next() while it runs.
let self;
function* re() { yield self.next(); }
self = re();
let m4;
try { self.next(); } catch (e) { m4 = `${e.name}: ${e.message}`; }
const pair = (x) => [x.value === undefined ? null : x.value, x.done];
return [m1, pair(after), m2, pair(after2), m3, m4];
