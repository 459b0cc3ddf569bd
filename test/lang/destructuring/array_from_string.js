// expect: ["h", "i", ["!", "!"]]
const [a, b, ...rest] = "hi!!";
return [a, b, rest];
