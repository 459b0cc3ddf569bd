// expect: [[5, 6], [7, 7], [7, 6], [5, 5]]
let x = 5;
const a = [x++, x];
const b = [++x, x];
const c = [x--, x];
const d = [--x, x];
return [a, b, c, d];
