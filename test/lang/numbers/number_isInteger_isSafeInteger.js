// expect: [true, true, false, false, false, true, false]
return [Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger("5"), Number.isInteger(Infinity), Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53)];
