// expect: [[72, 105], "Hi"]
const codes = "Hi".split("").map((c) => c.charCodeAt(0));
return [codes, String.fromCharCode(...codes)];
