// expect: ["{}", "{\"message\":\"m\"}"]
const e = new Error("m");
return [JSON.stringify(e), JSON.stringify({ message: e.message })];
