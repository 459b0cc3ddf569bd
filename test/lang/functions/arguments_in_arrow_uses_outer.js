// expect: [2, "a"]
function f() {
  const g = () => [arguments.length, arguments[0]];
  return g("ignored");
}
return f("a", "b");
