// expect: [5, "h", "o", "undefined", ""]
const s = "hello";
return [s.length, s[0], s[s.length - 1], String(s[10]), "".concat()];
