// expect: ["abc", "abc"]
const s = "abc";
const t = s.toUpperCase();
return [s, t.toLowerCase()];
