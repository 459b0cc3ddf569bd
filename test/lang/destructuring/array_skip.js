// expect: [1, 3]
const [a, , c] = [1, 2, 3];
return [a, c];
