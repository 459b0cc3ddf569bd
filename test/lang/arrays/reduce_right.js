// expect: ["cba", [3, 2, 1]]
return [
  ["a", "b", "c"].reduceRight((acc, s) => acc + s, ""),
  [1, 2, 3].reduceRight((acc, v) => { acc.push(v); return acc; }, []),
];
