// expect: ["sync","a1","b1","a2","b2","a3"]
// Two then() chains interleave, one reaction per microtask turn.
const log = [];
const a = Promise.resolve();
a.then(() => log.push("a1")).then(() => log.push("a2")).then(() => log.push("a3"));
Promise.resolve().then(() => log.push("b1")).then(() => log.push("b2"));
log.push("sync");
await new Promise((r) => r());
await null; await null; await null;
return log;
