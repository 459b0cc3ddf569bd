// expect: [[false, true, false, false, true], [["0", "2"], [1, 3], [["0", 1], ["2", 3]], ["0", "2", "length"]], [true, ["0", "2", "length"]], [["0", "2"], ["0", "2"]], [["0", "3"], 4]]
// A hole is not an own property: `in`, hasOwnProperty, Object.hasOwn, the key lists,
// the descriptors, for-in and object spread skip it.
const a = [1, , 3];
const forIn = [];
for (const k in a) forIn.push(k);
const sparse = [];
sparse[3] = "d";
sparse[0] = "a";
return [
  [1 in a, 0 in a, a.hasOwnProperty(1), Object.hasOwn(a, 1), Object.hasOwn(a, 2)],
  [Object.keys(a), Object.values(a), Object.entries(a), Object.getOwnPropertyNames(a)],
  [Object.getOwnPropertyDescriptor(a, 1) === undefined, Object.keys(Object.getOwnPropertyDescriptors(a))],
  [forIn, Object.keys({ ...a })],
  [Object.keys(sparse), sparse.length],
];
