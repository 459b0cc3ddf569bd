// expect: [true, "TypeError", true]
try {
  const o = null;
  o.x;
} catch (e) {
  return [e instanceof TypeError, e.name, e.message.includes("null")];
}
