// expect: {"a":1}
return { ...null, ...undefined, a: 1 };
