// expect: ["abc", ""]
return ["abc".string(), "".string()];
