// expect: ["005", "abc", "ab-ab-a", "7  ", "xyzxy1", "abc"]
return ["5".padStart(3, "0"), "abc".padStart(2), "a".padEnd(7, "b-a"), "7".padEnd(3), "1".padStart(6, "xyz"), "abc".padEnd(3, "z")];
