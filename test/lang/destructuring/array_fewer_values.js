// expect: [1, "undefined"]
const [a, b] = [1];
return [a, String(b)];
