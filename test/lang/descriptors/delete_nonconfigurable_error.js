// expect error: Cannot delete property 'x' of #<Object>
const o = Object.defineProperty({}, "x", { value: 1, writable: true });
delete o.x;
