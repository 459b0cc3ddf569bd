// expect: [false, "undefined", {"b":2}]
const o = { a: 1, b: 2 };
delete o["a"];
return ["a" in o, String(o.a), o];
