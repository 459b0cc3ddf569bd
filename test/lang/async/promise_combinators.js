// expect: [[1,2,3],[{"status":"fulfilled","value":1},{"status":"rejected","reason":"no"}],"slow","b",["AggregateError","All promises were rejected",["x","y"]],[],"first rejection"]
// "slow" settled while the awaits before the race ran, so the race sees it first.
const slow = new Promise((r) => Promise.resolve().then(() => Promise.resolve()).then(() => r("slow")));
const all = await Promise.all([1, Promise.resolve(2), new Promise((r) => r(3))]);
const settled = await Promise.allSettled([1, Promise.reject("no")]);
const race = await Promise.race([slow, Promise.resolve("fast")]);
const any = await Promise.any([Promise.reject("a"), Promise.resolve("b")]);
let agg;
try { await Promise.any([Promise.reject("x"), Promise.reject("y")]); } catch (e) { agg = [e.name, e.message, e.errors]; }
const empty = await Promise.all([]);
let first;
try { await Promise.all([slow, Promise.reject("first rejection"), Promise.reject("second")]); } catch (e) { first = e; }
return [all, settled, race, any, agg, empty, first];
