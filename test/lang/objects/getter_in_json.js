// expect: "{\"a\":1,\"b\":2}"
const o = { a: 1, get b() { return this.a + 1; } };
return JSON.stringify(o);
