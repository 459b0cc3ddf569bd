// expect: [4, 2, "NaN"]
return [Math.floor("4.9"), Math.max("1", 2), String(Math.abs("x"))];
