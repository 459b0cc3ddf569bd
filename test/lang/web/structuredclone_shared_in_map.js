// expect: [true,true]
const shared = { x: 1 };
const c = structuredClone({ m: new Map([["a", shared], ["b", shared]]), s: shared });
return [c.m.get("a") === c.m.get("b"), c.m.get("a") === c.s];
