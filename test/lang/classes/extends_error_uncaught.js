// expect error: NotFound: no such order
class NotFound extends Error { constructor(m) { super(m); this.name = "NotFound"; } }
throw new NotFound("no such order");
