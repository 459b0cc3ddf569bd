// expect: [true,"RangeError","too far","why",true]
const e = new RangeError("too far", { cause: "why" });
const c = structuredClone(e);
return [c instanceof RangeError, c.name, c.message, c.cause, c !== e];
