// expect: [["a", 9], ["b", 2]]
const m = new Map([["a", 1], ["b", 2]]);
m.set("a", 9);
return [...m];
