// expect: {"a":1,"b":[2]}
const o = { b: [] };
[o.a, o.b[0]] = [1, 2];
return o;
