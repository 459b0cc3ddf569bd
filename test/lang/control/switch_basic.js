// expect: ["one", "two", "other"]
function f(x) {
  switch (x) {
    case 1: return "one";
    case 2: return "two";
    default: return "other";
  }
}
return [f(1), f(2), f(3)];
