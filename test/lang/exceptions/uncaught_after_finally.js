// expect error: escaped
try {
  throw new Error("escaped");
} finally {
  const noop = 1;
}
