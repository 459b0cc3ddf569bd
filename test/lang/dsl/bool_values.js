// expect: [true, false, true, false]
return [true.bool(), false.bool(), (1).bool(), (0).bool()];
