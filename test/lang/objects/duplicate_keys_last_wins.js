// expect: {"a":2,"b":1}
return { a: 1, b: 1, a: 2 };
