// expect: ["caught", "boom"]
try {
  throw new Error("boom");
} catch (e) {
  return ["caught", e.message];
}
