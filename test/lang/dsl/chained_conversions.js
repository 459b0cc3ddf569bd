// expect: ["3", 3, 15]
return [(3.9).int().string(), "3.9".float().int(), "10".int() + "5".int()];
