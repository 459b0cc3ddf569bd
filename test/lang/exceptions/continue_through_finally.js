// expect: ["f0", "body1", "f1", "f2"]
const log = [];
for (let i = 0; i < 3; i++) {
  try {
    if (i !== 1) continue;
    log.push("body" + i);
  } finally {
    log.push("f" + i);
  }
}
return log;
