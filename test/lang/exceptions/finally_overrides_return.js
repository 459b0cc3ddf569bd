// expect: "finally"
function f() {
  try {
    return "try";
  } finally {
    return "finally";
  }
}
return f();
