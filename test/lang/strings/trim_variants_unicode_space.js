// expect: ["x", 2, 2]
const s = "\u00a0x\u2003";
return [s.trim(), s.trimEnd().length, s.trimStart().length];
