// expect: ["x-x-x", "a.b.c", "xbxb", "aXbXc", "(a)(a)"]
return ["a-a-a".replaceAll("a", "x"), "a b c".replaceAll(" ", "."), "abab".replaceAll(/a/g, "x"), "a-b-c".replaceAll("-", () => "X"), "aa".replaceAll("a", "($&)")];
