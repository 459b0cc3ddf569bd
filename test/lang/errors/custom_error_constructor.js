// expect: ["ValidationError", "bad input", true, "ValidationError: bad input"]
function ValidationError(msg) {
  const e = new Error(msg);
  e.name = "ValidationError";
  return e;
}
const e = new ValidationError("bad input");
return [e.name, e.message, e instanceof Error, String(e)];
