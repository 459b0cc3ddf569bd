// expect: ["a b", "a b  ", "  a b", "x"]
const s = "  a b  ";
return [s.trim(), s.trimStart(), s.trimEnd(), "\t\n x \r\n".trim()];
