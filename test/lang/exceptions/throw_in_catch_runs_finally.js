// expect: ["catch", "finally", "second"]
const log = [];
try {
  try {
    throw new Error("first");
  } catch (e) {
    log.push("catch");
    throw new Error("second");
  } finally {
    log.push("finally");
  }
} catch (e) {
  log.push(e.message);
}
return log;
