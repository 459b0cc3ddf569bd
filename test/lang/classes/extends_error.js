// expect: [true, true, "NotFound", "no user 7", "NotFound: no user 7", "NotFound: no user 7", 404, true]
class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}
class NotFound extends HttpError {
  constructor(what) { super(404, `no ${what}`); this.name = "NotFound"; }
}
try {
  throw new NotFound("user 7");
} catch (e) {
  return [e instanceof NotFound, e instanceof Error, e.name, e.message, String(e), e.stack.split("\n")[0], e.status, e instanceof HttpError];
}
