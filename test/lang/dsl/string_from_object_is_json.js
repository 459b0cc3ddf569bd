// expect: ["{\"a\":1}", "{\"a\":[1,2],\"b\":\"x\"}"]
return [({ a: 1 }).string(), ({ a: [1, 2], b: "x" }).string()];
