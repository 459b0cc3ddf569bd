// expect: ["b1","a1","function","a2:X","t1","r1:{\"value\":1,\"done\":false}","t2","t3","r2:{\"value\":2,\"done\":false}","t4","r3:{\"value\":3,\"done\":true}","r4:{\"done\":true}",true,true,"[object AsyncGenerator]","function"]
// An async generator runs on its first next(); next() calls made before the first settles
// queue and resolve in order; its prototype chain is JavaScript's.
const log = [];
async function* g() {
  log.push("a1");
  const x = yield 1;
  log.push("a2:" + x);
  await null;
  yield 2;
  return 3;
}
const it = g();
log.push("b1");
const p1 = it.next("ignored");
log.push(typeof p1.then);
p1.then((r) => log.push("r1:" + JSON.stringify(r)));
const p2 = it.next("X");
p2.then((r) => log.push("r2:" + JSON.stringify(r)));
const p3 = it.next();
p3.then((r) => log.push("r3:" + JSON.stringify(r)));
const p4 = it.next();
p4.then((r) => log.push("r4:" + JSON.stringify(r)));
Promise.resolve().then(() => log.push("t1")).then(() => log.push("t2")).then(() => log.push("t3")).then(() => log.push("t4"));
await p4;
log.push(Object.getPrototypeOf(it) === g.prototype, Object.getPrototypeOf(g.prototype) === Object.getPrototypeOf(Object.getPrototypeOf(it)), Object.prototype.toString.call(it), typeof it[Symbol.asyncIterator]);
return log;
