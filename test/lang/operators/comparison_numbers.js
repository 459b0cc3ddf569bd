// expect: [true, false, true, true, false, false, false]
return [1 < 2, 2 < 1, 2 <= 2, 3 >= 2, NaN < 1, NaN >= NaN, 1 > 1];
