// expect error: plain string
throw "plain string";
