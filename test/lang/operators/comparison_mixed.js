// expect: [true, false, true, true, false]
return ["10" > 9, "abc" < 1, null >= 0, [2] > 1, undefined == 0];
