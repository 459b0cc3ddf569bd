// expect: ["inner saw boom", "outer saw boom"]
const log = [];
try {
  try {
    throw new Error("boom");
  } catch (e) {
    log.push("inner saw " + e.message);
    throw e;
  }
} catch (e) {
  log.push("outer saw " + e.message);
}
return log;
