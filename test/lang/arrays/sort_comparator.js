// expect: [[1, 2, 3, 10, 21], [21, 10, 3, 2, 1]]
const a = [3, 21, 1, 10, 2];
return [a.slice().sort((x, y) => x - y), a.slice().sort((x, y) => y - x)];
