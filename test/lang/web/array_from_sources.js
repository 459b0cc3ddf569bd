// expect: [["it"], [1, null], [[1, 2]], [3], ["h", "é"], [["a", "1"]], [0, 1], [], [null, null]]
// Array.from prefers an object's [Symbol.iterator] to its length, and reads every
// builtin iterable (Map, Set, a string by code points, URLSearchParams, an iterator).
const o = { length: 2, 0: "a", 1: "b", *[Symbol.iterator]() { yield "it"; } };
return [Array.from(o), Array.from({ length: 2, 0: 1 }), Array.from(new Map([[1, 2]])), Array.from(new Set([3])), Array.from("hé"),
  Array.from(new URLSearchParams("a=1")), Array.from([1, 2].keys()), Array.from(5), Array.from(function (a, b) {})];
