// expect: [true, true]
const a = [1];
return [a[5] === undefined, a[-1] === undefined];
