// expect: "swallowed"
function f() {
  try {
    throw new Error("lost");
  } finally {
    return "swallowed";
  }
}
return f();
