// expect: ["a0", "fin", "done"]
const log = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    try {
      log.push("a" + j);
      break outer;
    } finally {
      log.push("fin");
    }
  }
}
log.push("done");
return log;
