// expect: [0, 3]
let count = 0;
function f(n) {
  try {
    if (n > 0) return f(n - 1);
    return count;
  } finally {
    count++;
  }
}
const r = f(2);
return [r, count];
