// expect: ["ell", "lo", "hello", "hell", "", "el"]
const s = "hello";
return [s.slice(1, 4), s.slice(-2), s.slice(), s.slice(0, -1), s.slice(3, 1), s.slice(-4, -2)];
