// expect: [["b", "a"], false, true]
const m = new Map([["a", 1], ["b", 2]]);
const d = m.delete("a");
m.set("a", 3);
return [[...m.keys()], m.delete("zz"), d];
