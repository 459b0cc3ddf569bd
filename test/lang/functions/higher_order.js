// expect: [9, 16]
const compose = (f, g) => (x) => f(g(x));
const inc = (x) => x + 1;
const sq = (x) => x * x;
return [compose(sq, inc)(2), compose(sq, sq)(2)];
