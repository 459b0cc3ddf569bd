// expect: [1, 20, 30, null]
const [a = 10, b = 20, c = 30, d = 40] = [1, undefined, undefined, null];
return [a, b, c, d];
