// expect: [true, true, 12, 1.25]
return [Number.parseInt === parseInt, Number.parseFloat === parseFloat, Number.parseInt("12.5"), Number.parseFloat("1.25x")];
