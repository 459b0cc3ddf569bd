// expect: ["a", "c", "b", "", "", "undefined"]
const s = "abc";
return [s.at(0), s.at(-1), s.charAt(1), s.charAt(5), s.charAt(-1), String(s.at(5))];
