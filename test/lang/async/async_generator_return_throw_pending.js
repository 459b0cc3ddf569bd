// expect: ["start","start","a=A","caught boom","w1!early","n1:{\"value\":1,\"done\":false}","m1:{\"value\":1,\"done\":false}","fin","z1:{\"value\":5,\"done\":true}","z2:{\"done\":true}","n2:{\"value\":2,\"done\":false}","fin","m2:{\"value\":\"c\",\"done\":false}","fin2","fin2","m3:{\"done\":true}","r1:{\"value\":\"R\",\"done\":true}","n3:{\"done\":true}","t1!T","m4:{\"value\":7,\"done\":true}"]
// return() and throw() while a next() is pending, on a generator not started, and on
// one that is done: each request settles in order, return() awaits its value.
const log = [];
async function* g() {
  try {
    log.push("start");
    const a = yield 1;
    log.push("a=" + a);
    yield 2;
    log.push("never");
  } catch (e) {
    log.push("caught " + e);
    yield "c";
  } finally {
    log.push("fin");
    await null;
    log.push("fin2");
  }
}
const it = g();
const show = (k) => (r) => log.push(k + ":" + JSON.stringify(r));
const fail = (k) => (e) => log.push(k + "!" + e);
it.next().then(show("n1"), fail("n1"));
it.next("A").then(show("n2"), fail("n2"));
it.return(Promise.resolve("R")).then(show("r1"), fail("r1"));
it.next().then(show("n3"), fail("n3"));
it.throw("T").then(show("t1"), fail("t1"));
const i2 = g();
i2.next().then(show("m1"));
i2.throw("boom").then(show("m2"), fail("m2"));
i2.next().then(show("m3"));
i2.return(7).then(show("m4"));
const i3 = g();
i3.return(5).then(show("z1"));
i3.next().then(show("z2"));
const i4 = g();
i4.throw("early").then(show("w1"), fail("w1"));
await null; await null; await null; await null; await null; await null; await null; await null; await null; await null;
return log;
