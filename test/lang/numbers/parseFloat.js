// expect: [3.14, 0.5, -2, 100, "NaN", 1.5]
return [parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-2"), parseFloat("1e2"), String(parseFloat("abc")), parseFloat("  1.5  ")];
