// expect: [false, true, "NaN", true]
const n = NaN;
return [n === n, Object.is(n, NaN), String(n + 1), [n].includes(NaN)];
