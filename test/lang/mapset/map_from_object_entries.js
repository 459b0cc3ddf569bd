// expect: [2, 1, {"a":1,"b":2}]
const m = new Map(Object.entries({ a: 1, b: 2 }));
return [m.size, m.get("a"), Object.fromEntries(m)];
