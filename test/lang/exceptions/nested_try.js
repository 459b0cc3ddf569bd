// expect: ["t1", "t2", "c2", "f2", "f1"]
const log = [];
try {
  log.push("t1");
  try {
    log.push("t2");
    throw 1;
  } catch (e) {
    log.push("c2");
  } finally {
    log.push("f2");
  }
} catch (e) {
  log.push("c1");
} finally {
  log.push("f1");
}
return log;
