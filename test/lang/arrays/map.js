// expect: [[2, 4, 6], ["0:a", "1:b"], [true, true]]
const arr = ["a", "b"];
return [[1, 2, 3].map((x) => x * 2), arr.map((v, i) => i + ":" + v), arr.map((v, i, a) => a === arr)];
