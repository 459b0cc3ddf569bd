// expect: ["abc", "a1null"]
return ["a".concat("b", "c"), "a".concat(1, null)];
