// expect: [["0", "1"], ["0", "1", "2"], []]
return [Object.keys(["x", "y"]), Object.keys("abc"), Object.keys(5)];
