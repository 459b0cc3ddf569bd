// expect: [{"value":1,"writable":false,"enumerable":false,"configurable":false},[],["x"],1]
const o = {};
Object.defineProperty(o, "x", { value: 1 });
return [Object.getOwnPropertyDescriptor(o, "x"), Object.keys(o), Object.getOwnPropertyNames(o), o.x];
