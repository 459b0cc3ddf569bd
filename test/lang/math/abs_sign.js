// expect: [5, 5, 0, 1, -1, 0, "NaN"]
return [Math.abs(-5), Math.abs(5), Math.abs(-0), Math.sign(3), Math.sign(-3), Math.sign(0), String(Math.sign("x"))];
