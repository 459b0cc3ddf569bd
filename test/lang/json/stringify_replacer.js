// expect: ["{\"a\":1,\"c\":3}", "{\"a\":2,\"b\":\"x\"}"]
return [
  JSON.stringify({ a: 1, b: 2, c: 3 }, ["a", "c"]),
  JSON.stringify({ a: 1, b: "x" }, (k, v) => (typeof v === "number" ? v * 2 : v)),
];
