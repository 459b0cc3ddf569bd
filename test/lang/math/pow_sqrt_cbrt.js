// expect: [1024, 3, 3, 5, "NaN"]
return [Math.pow(2, 10), Math.sqrt(9), Math.cbrt(27), Math.hypot(3, 4), String(Math.sqrt(-1))];
