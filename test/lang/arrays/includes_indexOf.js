// expect: [true, false, true, 1, -1, 3, false, -1]
const a = [1, 2, NaN, 2];
return [a.includes(2), a.includes("2"), a.includes(NaN), a.indexOf(2), a.indexOf(9), a.lastIndexOf(2), a.indexOf(NaN) !== -1, a.indexOf(NaN)];
