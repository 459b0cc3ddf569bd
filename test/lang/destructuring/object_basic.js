// expect: [1, "two", "undefined"]
const { a, b, missing } = { a: 1, b: "two" };
return [a, b, String(missing)];
