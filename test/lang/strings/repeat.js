// expect: ["ababab", "", "x"]
return ["ab".repeat(3), "ab".repeat(0), "x".repeat(1)];
