// expect: [[2, 3], [3, 4], 6]
// A finally block is compiled once for each way out of the try, so the functions
// declared or written in it are too; each copy keeps its own locals.
const out = [];
function g() {
  try {
    throw new Error("x");
  } finally {
    function f(p) {
      const a = p * 2;
      const b = p * 3;
      return [a, b];
    }
    out.push(f(1));
    const h = (p) => {
      let c = p + 1;
      const inc = () => c++;
      inc();
      return [c - 1, c];
    };
    out.push(h(2));
    const k = function (p) { var s = 0; for (let i = 0; i < p; i++) s += i; return s; };
    out.push(k(4));
  }
}
try {
  g();
} catch (e) {}
return out;
