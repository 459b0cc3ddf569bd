// expect: ["try", "after"]
const log = [];
try {
  log.push("try");
} catch (e) {
  log.push("catch");
}
log.push("after");
return log;
