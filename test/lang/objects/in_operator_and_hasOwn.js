// expect: [true, false, true, false, true]
const o = { a: undefined };
return ["a" in o, "b" in o, Object.hasOwn(o, "a"), Object.hasOwn(o, "toString"), "toString" in o];
