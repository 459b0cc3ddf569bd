// expect: ["{\"a\":1,\"b\":\"x\",\"c\":true,\"d\":null}", "[1,\"a\",null]", "\"s\"", "5", "null", "true"]
return [JSON.stringify({ a: 1, b: "x", c: true, d: null }), JSON.stringify([1, "a", null]), JSON.stringify("s"), JSON.stringify(5), JSON.stringify(null), JSON.stringify(true)];
