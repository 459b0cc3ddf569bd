// expect: [1.5, -1.5, 2, true]
return [5.5 % 2, -5.5 % 2, 2 % 5, Object.is(-4 % 2, -0)];
