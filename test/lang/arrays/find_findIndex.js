// expect: [3, 2, "undefined", -1]
const a = [1, 2, 3, 4];
return [a.find((x) => x > 2), a.findIndex((x) => x > 2), String(a.find((x) => x > 9)), a.findIndex((x) => x > 9)];
