// expect: [6, 32, 4, 1]
return [Math.imul(2, 3), Math.clz32(0), Math.fround(4), Math.sign(Math.fround(5.5) - 5)];
