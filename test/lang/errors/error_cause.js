// expect: ["outer", "inner"]
const e = new Error("outer", { cause: new Error("inner") });
return [e.message, e.cause.message];
