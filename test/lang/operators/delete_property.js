// expect: [true, false, {"b":2}, true]
const o = { a: 1, b: 2 };
const r = delete o.a;
return [r, "a" in o, o, delete o.nothing];
