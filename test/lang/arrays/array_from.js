// expect: [["a", "b"], [1, 2], [0, 2, 4], [1, 2], [["k", 1]]]
return [
  Array.from("ab"),
  Array.from(new Set([1, 2, 2])),
  Array.from([0, 1, 2], (x) => x * 2),
  Array.from({ length: 2 }, (_, i) => i + 1),
  Array.from(new Map([["k", 1]])),
];
