// expect: [0, 5, 10]
const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), hi);
return [clamp(-3, 0, 10), clamp(5, 0, 10), clamp(99, 0, 10)];
