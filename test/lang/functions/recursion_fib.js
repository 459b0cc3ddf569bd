// expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55]
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
const out = [];
for (let i = 0; i <= 10; i++) out.push(fib(i));
return out;
