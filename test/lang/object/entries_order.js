// expect: [["1", "a"], ["b", "c"], ["a", "d"]]
return Object.entries({ b: "c", 1: "a", a: "d" });
