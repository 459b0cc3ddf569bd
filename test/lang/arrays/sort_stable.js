// expect: ["b1", "d1", "a2", "c2", "e2", "f3"]
const items = [
  { k: "a", r: 2 }, { k: "b", r: 1 }, { k: "c", r: 2 },
  { k: "d", r: 1 }, { k: "e", r: 2 }, { k: "f", r: 3 },
];
return items.sort((x, y) => x.r - y.r).map((o) => o.k + o.r);
