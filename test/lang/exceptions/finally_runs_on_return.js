// expect: ["value", ["finally"]]
const log = [];
function f() {
  try {
    return "value";
  } finally {
    log.push("finally");
  }
}
return [f(), log];
