// expect: [1, 3, 2, "undefined"]
const a = [1, 2, 3];
return [a.at(0), a.at(-1), a.at(-2), String(a.at(5))];
