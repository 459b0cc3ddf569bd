// expect: [["h", "e", "l", "o"], [3, 1, 2]]
return [[...new Set("hello")], [...new Set([3, 1, 3, 2, 1])]];
