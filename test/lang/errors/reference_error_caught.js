// expect: [true, "ReferenceError", "nope is not defined"]
try {
  nope;
} catch (e) {
  return [e instanceof ReferenceError, e.name, e.message];
}
