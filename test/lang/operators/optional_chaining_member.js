// expect: ["undefined", "undefined", 1, "undefined", 3]
const o = { a: { b: 1 }, arr: [3] };
const n = null;
return [String(n?.x), String(o.z?.b), o.a?.b, String(o?.q?.r), o.arr?.[0]];
