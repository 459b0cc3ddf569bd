// expect: [true,"URIError"]
try { decodeURIComponent("%zz"); } catch (e) { return [e instanceof URIError, e.name]; }
