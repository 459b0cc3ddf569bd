// expect: [42, 42, -7, 255, 255, 5, "NaN", 10, 0]
return [parseInt("42"), parseInt("42px"), parseInt("  -7.9"), parseInt("ff", 16), parseInt("0xff"), parseInt("101", 2), String(parseInt("px")), parseInt("10.99"), parseInt("0")];
