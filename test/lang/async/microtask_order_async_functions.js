// expect: ["a1","b1","s","a2","p1","p2","c-done","p3"]
// An async function runs synchronously up to its first await; awaiting a native
// promise takes one turn, returning from an async function resolves its promise.
const log = [];
async function b() { log.push("b1"); }
async function a() { log.push("a1"); await b(); log.push("a2"); }
async function c() { await a(); await null; log.push("c-done"); }
const done = c();
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3"));
log.push("s");
await done;
return log;
