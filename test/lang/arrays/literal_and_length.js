// expect: [3, 0, 1, "c"]
const a = [1, "b", "c"];
return [a.length, [].length, [[]].length, a[2]];
