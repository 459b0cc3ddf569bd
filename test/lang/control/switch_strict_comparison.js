// expect: ["number", "string"]
function f(x) {
  switch (x) {
    case 1: return "number";
    case "1": return "string";
  }
  return "none";
}
return [f(1), f("1")];
