// expect: [6, 3, 10]
const sum3 = (a, b, c) => a + b + c;
const args = [1, 2, 3];
return [sum3(...args), Math.max(...args), sum3(1, ...[4], 5)];
