// expect: ["{\"a\":1}", "[1,\"x\",null]", "\"s\"", "5", "true"]
return [({ a: 1 }).json(), [1, "x", null].json(), "s".json(), (5).json(), true.json()];
