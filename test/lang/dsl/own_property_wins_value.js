// expect: [5, 1]
const o = { int: 5, json: 1 };
return [o.int, o.json];
