// expect: ["ell", "ell", "hello", "he", "llo"]
const s = "hello";
return [s.substring(1, 4), s.substring(4, 1), s.substring(-3), s.substring(0, 2), s.substring(2)];
