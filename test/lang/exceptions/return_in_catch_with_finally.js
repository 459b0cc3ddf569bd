// expect: ["from catch", ["catch", "finally"]]
const log = [];
function f() {
  try {
    throw 0;
  } catch (e) {
    log.push("catch");
    return "from catch";
  } finally {
    log.push("finally");
  }
}
return [f(), log];
