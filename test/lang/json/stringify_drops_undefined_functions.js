// expect: ["{\"a\":1}", "[null,null,1]", "undefined", "undefined"]
return [
  JSON.stringify({ a: 1, b: undefined, c() {}, d: () => 1 }),
  JSON.stringify([undefined, function () {}, 1]),
  String(JSON.stringify(undefined)),
  String(JSON.stringify(() => 1)),
];
