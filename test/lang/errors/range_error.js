// expect: ["RangeError", "RangeError: out", true, false]
const e = new RangeError("out");
return [e.name, e.toString(), e instanceof Error, e instanceof TypeError];
