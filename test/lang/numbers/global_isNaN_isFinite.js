// expect: [true, true, false, true, false]
return [isNaN("abc"), isNaN(undefined), isNaN("12"), isFinite("12"), isFinite("x")];
