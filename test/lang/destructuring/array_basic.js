// expect: [1, 2, 3]
const [a, b, c] = [1, 2, 3];
return [a, b, c];
