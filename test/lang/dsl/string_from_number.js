// expect: ["123", "string", "1.5", "-4"]
const s = (123).string();
return [s, typeof s, (1.5).string(), (-4).string()];
