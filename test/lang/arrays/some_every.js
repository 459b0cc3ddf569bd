// expect: [true, false, false, true, false, true]
const a = [1, 2, 3];
return [a.some((x) => x > 2), a.some((x) => x > 3), a.every((x) => x > 1), a.every((x) => x > 0), [].some(() => true), [].every(() => false)];
