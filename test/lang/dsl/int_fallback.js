// expect: [0, -1, 99]
return ["abc".int(0), "abc".int(-1), "nope".int(99)];
