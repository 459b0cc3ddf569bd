// expect: ["teen", "adult", "child"]
function f(age) {
  switch (true) {
    case age < 13: return "child";
    case age < 20: return "teen";
    default: return "adult";
  }
}
return [f(15), f(30), f(5)];
