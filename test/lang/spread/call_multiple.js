// expect: [1, 2, 3, 4, 5]
const f = (...all) => all;
return f(...[1, 2], 3, ...[4, 5]);
