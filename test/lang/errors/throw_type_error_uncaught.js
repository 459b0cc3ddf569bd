// expect error: TypeError
// expect error: wrong kind
throw new TypeError("wrong kind");
