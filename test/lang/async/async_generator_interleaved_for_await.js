// expect: ["a:y0","b:y0","t1","t2","A got a0","B got b0","t3","a:y1","b:y1","A got a1","B got b1","a:y2","b:finally","B end","A got a2","a:finally","A end","sync 1","sync 2","sync 3"]
// Two async generators consumed together by for await (a break closes one, its finally
// runs), against a then() chain; then for await over a sync iterable of promises.
const log = [];
async function* gen(name, n) {
  try {
    for (let i = 0; i < n; i++) {
      log.push(name + ":y" + i);
      yield name + i;
      await null;
    }
  } finally {
    log.push(name + ":finally");
  }
}
async function consume(name, it) {
  for await (const v of it) {
    log.push(name + " got " + v);
    if (v === "b1") break;
  }
  log.push(name + " end");
}
Promise.resolve().then(() => log.push("t1")).then(() => log.push("t2")).then(() => log.push("t3"));
await Promise.all([consume("A", gen("a", 3)), consume("B", gen("b", 5))]);
for await (const x of [Promise.resolve(1), 2, new Promise((r) => setTimeoutLike(r))]) log.push("sync " + x);
function setTimeoutLike(r) { Promise.resolve().then(() => r(3)); }
return log;
