// expect error: URI malformed
return encodeURI("a\uDC00b");
