// expect: ["finally", "outer:inner"]
const log = [];
try {
  try {
    throw new Error("inner");
  } finally {
    log.push("finally");
  }
} catch (e) {
  log.push("outer:" + e.message);
}
return log;
