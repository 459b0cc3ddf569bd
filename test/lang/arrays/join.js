// expect: ["1,2,3", "1-2-3", "123", "", "a,,b", "x"]
return [[1, 2, 3].join(), [1, 2, 3].join("-"), [1, 2, 3].join(""), [].join(), ["a", null, "b"].join(), ["x"].join(", ")];
