// expect: "TypeError: Chaining cycle detected for promise #<Promise>"
let resolveIt;
const p = new Promise((r) => { resolveIt = r; });
resolveIt(p);
try { await p; } catch (e) { return String(e); }
