// expect: [true, "RangeError"]
try {
  "x".repeat(-1);
} catch (e) {
  return [e instanceof RangeError, e.name];
}
