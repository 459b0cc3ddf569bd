// expect: [{"a":1,"b":2}, {"k":"v"}, {"x":2}]
return [
  Object.fromEntries([["a", 1], ["b", 2]]),
  Object.fromEntries(new Map([["k", "v"]])),
  Object.fromEntries(Object.entries({ x: 1 }).map(([k, v]) => [k, v * 2])),
];
