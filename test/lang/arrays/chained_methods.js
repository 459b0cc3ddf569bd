// expect: 84
return [1, 2, 3, 4, 5, 6, 7]
  .filter((x) => x % 2 === 1)
  .map((x) => x * x)
  .reduce((a, b) => a + b, 0);
