// expect: [[0, 1], ["a", "b"], [[0, "a"], [1, "b"]]]
const a = ["a", "b"];
return [[...a.keys()], [...a.values()], [...a.entries()]];
