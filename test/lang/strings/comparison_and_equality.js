// expect: [true, false, true, true]
return ["abc" === "abc", "abc" === "ABC", "a" < "b", "Z" < "a"];
