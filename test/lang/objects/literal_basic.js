// expect: {"a":1,"b":"two","c":[3],"d":{"e":null}}
return { a: 1, b: "two", c: [3], d: { e: null } };
