// expect: [2, 0, 1, "truex"]
return [true + true, false * 5, true / 1, true + "x"];
