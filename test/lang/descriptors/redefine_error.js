// expect error: Cannot redefine property: x
const o = Object.defineProperty({}, "x", { value: 1 });
Object.defineProperty(o, "x", { value: 2 });
