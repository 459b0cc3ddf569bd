// expect: [832040, 31]
function memo(fn) {
  const cache = new Map();
  return (n) => {
    if (!cache.has(n)) cache.set(n, fn(n));
    return cache.get(n);
  };
}
let calls = 0;
const fib = memo((n) => { calls++; return n < 2 ? n : fib(n - 1) + fib(n - 2); });
return [fib(30), calls];
