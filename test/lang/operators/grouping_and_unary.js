// expect: [-1, 1, 2, -6]
const a = 1;
return [-a, - -a, +(a + 1), -(2 * 3)];
