// expect: ["t1","inner caught X","t2","1:{\"value\":1,\"done\":false}","t3","inner fin","t4","2:{\"value\":\"after-catch\",\"done\":false}","delegate done undefined","outer fin","t5","3:{\"done\":true}","4:{\"done\":true}","inner fin","outer fin","{\"value\":\"stop\",\"done\":true}","{\"value\":\"a\",\"done\":false}","sync fin","o3 Error","[true,3,6,1]","sync param","new TypeError",true,true]
// throw() and return() forwarded through yield* (microtask order against a then chain);
// yield* over a sync generator without throw(); parameters, this and arguments; a
// parameter initializer throws at the call; async generators are no constructors.
const log = [];
async function* inner() {
  try { yield 1; yield 2; } catch (e) { log.push("inner caught " + e); yield "after-catch"; } finally { log.push("inner fin"); }
}
async function* outer() {
  try { const r = yield* inner(); log.push("delegate done " + r); } finally { log.push("outer fin"); }
}
const show = (k) => (r) => log.push(k + ":" + JSON.stringify(r));
const fail = (k) => (e) => log.push(k + "!" + e);
const o = outer();
o.next().then(show("1"));
o.throw("X").then(show("2"), fail("2"));
o.next().then(show("3"));
o.next().then(show("4"));
Promise.resolve().then(() => log.push("t1")).then(() => log.push("t2")).then(() => log.push("t3")).then(() => log.push("t4")).then(() => log.push("t5"));
await new Promise((r) => { let n = 0; const spin = () => (++n < 15 ? Promise.resolve().then(spin) : r()); spin(); });
const o2 = outer();
await o2.next();
log.push(JSON.stringify(await o2.return("stop")));
function* syncInner() { try { yield "a"; } finally { log.push("sync fin"); } }
async function* viaSync() { yield* syncInner(); }
const o3 = viaSync();
log.push(JSON.stringify(await o3.next()));
try { await o3.throw(new Error("no throw method")); } catch (e) { log.push("o3 " + e.constructor.name); }
async function* args(a, b = a * 2) { yield [this === undefined, a, b, arguments.length]; }
log.push(JSON.stringify((await args(3).next()).value));
async function* badParam(x = (() => { throw new Error("param"); })()) { yield 1; }
try { badParam(); log.push("no throw"); } catch (e) { log.push("sync " + e.message); }
const g = async function* () {};
try { new g(); } catch (e) { log.push("new " + e.constructor.name); }
log.push(Object.getOwnPropertyNames(g).includes("prototype"), Object.getPrototypeOf(g.prototype) === Object.getPrototypeOf(async function* () {}).prototype);
return log;
