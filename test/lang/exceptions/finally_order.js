// expect: ["try", "catch", "finally", "after"]
const log = [];
try {
  log.push("try");
  throw new Error("x");
} catch (e) {
  log.push("catch");
} finally {
  log.push("finally");
}
log.push("after");
return log;
