// expect: ["boom", "Error"]
try {
  throw new Error("boom");
} catch ({ message, name }) {
  return [message, name];
}
