// expect: ["deep", 4, false]
let calls = 0;
let finished = false;
function a(n) { calls++; if (n === 0) throw new Error("deep"); return a(n - 1); }
try {
  a(3);
  finished = true;
} catch (e) {
  return [e.message, calls, finished];
}
