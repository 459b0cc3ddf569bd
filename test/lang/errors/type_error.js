// expect: ["TypeError", "bad type", "TypeError: bad type", true, true]
const e = new TypeError("bad type");
return [e.name, e.message, String(e), e instanceof TypeError, e instanceof Error];
