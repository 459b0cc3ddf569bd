// expect: [2,{"value":2,"writable":false,"enumerable":true,"configurable":true},3]
const o = { a: 1 };
o.a = 2;
Object.defineProperty(o, "a", { writable: false });
const d = Object.getOwnPropertyDescriptor(o, "a");
Object.defineProperty(o, "a", { value: 3 });
return [d.value, d, o.a];
