// expect: "{\"when\":\"custom\",\"n\":1}"
const o = { when: { toJSON() { return "custom"; } }, n: 1 };
return JSON.stringify(o);
