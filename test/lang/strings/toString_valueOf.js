// expect: ["abc", "abc"]
return ["abc".toString(), "abc".valueOf()];
