// expect: [false, true, 3, -1]
const a = ["a", "b", "a", "b"];
return [a.includes("a", 3), a.includes("b", -1), a.indexOf("b", 2), a.lastIndexOf("b", 0)];
