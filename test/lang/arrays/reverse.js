// expect: [[3, 2, 1], true]
const a = [1, 2, 3];
const r = a.reverse();
return [a, r === a];
