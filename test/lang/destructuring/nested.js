// expect: [1, 2, 3, "deep"]
const { p: { x, y }, list: [first, { z }], more: { a: { b } } } = {
  p: { x: 1, y: 2 },
  list: [3, { z: "deep" }],
  more: { a: { b: "deep" } },
};
return [x, y, first, z];
