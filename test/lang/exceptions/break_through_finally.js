// expect: [0, "f0", 1, "f1"]
const log = [];
for (let i = 0; i < 5; i++) {
  try {
    log.push(i);
    if (i === 1) break;
  } finally {
    log.push("f" + i);
  }
}
return log;
