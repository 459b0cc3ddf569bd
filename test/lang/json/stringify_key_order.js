// expect: "{\"2\":\"b\",\"10\":\"c\",\"z\":1,\"a\":2}"
return JSON.stringify({ z: 1, 10: "c", a: 2, 2: "b" });
