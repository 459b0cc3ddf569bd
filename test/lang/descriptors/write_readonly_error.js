// expect error: Cannot assign to read only property 'x' of object
const o = Object.defineProperty({}, "x", { value: 1, enumerable: true });
o.x = 2;
