// expect: ["try","finally","caught Error: x","after",7]
const log = [];
async function f() {
  try { log.push("try"); await Promise.reject(new Error("x")); log.push("not here"); }
  finally { log.push("finally"); await null; }
}
try { await f(); } catch (e) { log.push("caught " + e); }
async function g() { try { return await 7; } finally { log.push("after"); } }
const v = await g();
log.push(v);
return log;
