// expect: [404, "not found"]
const e = new Error("not found");
e.code = 404;
try { throw e; } catch (caught) { return [caught.code, caught.message]; }
