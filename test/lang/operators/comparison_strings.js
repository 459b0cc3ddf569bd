// expect: [true, true, true, true, false, true]
return ["a" < "b", "B" < "a", "abc" < "abd", "10" < "9", 10 < 9, "a" < "aa"];
