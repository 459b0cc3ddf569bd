// expect: [{"a":1,"b":3,"c":4}, true, {"x":1}]
const target = { a: 1, b: 2 };
const r = Object.assign(target, { b: 3 }, null, { c: 4 });
return [target, r === target, Object.assign({}, { x: 1 })];
