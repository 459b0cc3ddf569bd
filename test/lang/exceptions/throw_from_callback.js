// expect: ["stop at 3", [1, 2]]
const seen = [];
try {
  [1, 2, 3, 4].forEach((v) => {
    if (v === 3) throw new Error("stop at " + v);
    seen.push(v);
  });
} catch (e) {
  return [e.message, seen];
}
