// expect: [true, false, "i"]
return [/hello/i.test("HeLLo"), /hello/.test("HELLO"), /x/i.flags];
