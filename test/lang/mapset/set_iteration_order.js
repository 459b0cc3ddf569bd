// expect: [["c", "a", "b"], ["c", "a", "b"], [["c", "c"], ["a", "a"], ["b", "b"]]]
const s = new Set(["c", "a"]);
s.add("b").add("a");
return [[...s], [...s.values()], [...s.entries()]];
