// expect: [["a", "b"], [1, [2]], [["a", 1], ["b", [2]]]]
const o = { a: 1, b: [2] };
return [Object.keys(o), Object.values(o), Object.entries(o)];
