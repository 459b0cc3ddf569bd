// expect: [[3, 1, 2], [1, 2, 3]]
const a = [3, 1, 2];
const sorted = [...a].sort((x, y) => x - y);
return [a, sorted];
