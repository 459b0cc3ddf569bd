// expect: ["12", "3a", "a12", "a3", "1true", "nullx", "undefinedx", "1,2x"]
return ["1" + 2, 1 + 2 + "a", "a" + 1 + 2, "a" + (1 + 2), 1 + "true", null + "x", undefined + "x", [1, 2] + "x"];
