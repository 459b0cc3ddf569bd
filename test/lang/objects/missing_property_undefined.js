// expect: [true, true]
const o = { a: 1 };
return [o.b === undefined, o["c"] === undefined];
