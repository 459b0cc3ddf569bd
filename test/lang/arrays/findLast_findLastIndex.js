// expect: [4, 3, "undefined", -1]
const a = [1, 2, 3, 4];
return [a.findLast((x) => x % 2 === 0), a.findLastIndex((x) => x % 2 === 0), String(a.findLast((x) => x > 9)), a.findLastIndex(() => false)];
