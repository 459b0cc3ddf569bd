// expect: ["boom", "Error", "Error: boom", true]
const e = new Error("boom");
return [e.message, e.name, String(e), e instanceof Error];
