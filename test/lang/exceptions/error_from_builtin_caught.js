// expect: ["SyntaxError", true]
try {
  JSON.parse("nope");
} catch (e) {
  return [e.name, e instanceof SyntaxError];
}
