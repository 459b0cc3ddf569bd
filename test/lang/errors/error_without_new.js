// expect: ["x", "Error"]
const e = Error("x");
return [e.message, e.name];
