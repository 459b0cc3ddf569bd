// expect: [["a", "😀", "b"], 4, 3]
const s = "a😀b";
const chars = [];
for (const c of s) chars.push(c);
return [chars, s.length, [...s].length];
