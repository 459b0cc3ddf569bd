// expect: [true,true,true,true,true]
const a = { name: "a" };
const b = { name: "b", a };
a.b = b;
a.self = a;
const list = [a, b, a];
const c = structuredClone(list);
return [c[0] === c[2], c[0].self === c[0], c[0].b === c[1], c[1].a === c[0], c[0] !== a];
