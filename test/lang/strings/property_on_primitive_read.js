// expect: [3, "undefined"]
const s = "abc";
return [s.length, String(s.nope)];
