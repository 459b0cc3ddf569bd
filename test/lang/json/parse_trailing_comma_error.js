// expect error: SyntaxError
return JSON.parse("[1,2,]");
