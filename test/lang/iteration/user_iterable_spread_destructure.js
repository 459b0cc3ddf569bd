// expect: [[0, 1, 2], 3, 0, 1, 0, [1, 2, 3], [0, 1, 2], 3, "b", ["closed"]]
const log = [];
function range(n) {
  let i = 0;
  return { [Symbol.iterator]() { return { next: () => (i < n ? { value: i++, done: false } : { done: true }), return() { log.push("closed"); return {}; } }; } };
}
const [a, b] = range(10);
const [c, ...rest] = range(4);
return [[...range(3)], Math.max(...range(4)), a, b, c, rest, Array.from(range(3)), new Set(range(3)).size, new Map([[1, "a"], [2, "b"]][Symbol.iterator]()).get(2), log];
