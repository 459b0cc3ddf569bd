// expect: ["yes", "no", "b", 3]
const x = 5;
const nested = (v) => (v < 0 ? "a" : v === 0 ? "z" : "b");
return [x > 1 ? "yes" : "no", x > 10 ? "yes" : "no", nested(2), true ? 3 : 4];
