// expect: ["r", ["inner", "outer"]]
const log = [];
function f() {
  try {
    try {
      return "r";
    } finally {
      log.push("inner");
    }
  } finally {
    log.push("outer");
  }
}
return [f(), log];
