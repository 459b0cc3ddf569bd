// expect: ["", "Error"]
const e = new Error();
return [e.message, String(e)];
