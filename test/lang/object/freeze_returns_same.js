// expect: [true, [1, 2]]
const a = [1, 2];
const f = Object.freeze(a);
return [a === f, f];
