// expect: [0, 1, 3, 2, 1, true]
return [Math.log(1), Math.exp(0), Math.log2(8), Math.log10(100), Math.log(Math.E), Math.abs(Math.expm1(1e-10) - 1e-10) < 1e-20];
