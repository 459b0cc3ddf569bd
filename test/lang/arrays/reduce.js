// expect: [10, "abc", 24, {"a":2,"b":1}]
return [
  [1, 2, 3, 4].reduce((a, b) => a + b),
  ["a", "b", "c"].reduce((acc, s) => acc + s, ""),
  [1, 2, 3, 4].reduce((a, b) => a * b, 1),
  ["a", "b", "a"].reduce((acc, k) => { acc[k] = (acc[k] || 0) + 1; return acc; }, {}),
];
