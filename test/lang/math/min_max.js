// expect: [1, 9, "Infinity", "-Infinity", "NaN", 3]
return [Math.min(3, 1, 9), Math.max(3, 1, 9), String(Math.min()), String(Math.max()), String(Math.max(1, NaN)), Math.max(..."123".split("").map(Number))];
