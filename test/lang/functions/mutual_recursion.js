// expect: [true, false, false, true]
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
return [isEven(10), isOdd(10), isEven(7), isOdd(7)];
