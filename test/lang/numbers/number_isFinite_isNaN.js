// expect: [true, false, false, false, true, false, false]
return [Number.isFinite(1), Number.isFinite(Infinity), Number.isFinite("1"), Number.isFinite(NaN), Number.isNaN(NaN), Number.isNaN("abc"), Number.isNaN(1)];
