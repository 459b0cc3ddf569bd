// expect: [6, 7, 1, 4, 1, 2147483647]
let x = 6;
const out = [];
x &= 14; out.push(x);
x |= 1; out.push(x);
x ^= 6; out.push(x);
x <<= 2; out.push(x);
x >>= 2; out.push(x);
let y = -2;
y >>>= 1; out.push(y);
return out;
