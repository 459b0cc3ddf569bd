// expect: [["z", "a", "m"], [1, 2, 3], [["z", 1], ["a", 2], ["m", 3]]]
const m = new Map([["z", 1], ["a", 2]]);
m.set("m", 3);
return [[...m.keys()], [...m.values()], [...m.entries()]];
