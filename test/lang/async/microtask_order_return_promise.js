// expect: ["t1","t2","f","t3"]
// An async function returning a promise resolves with it through a thenable job: it settles two turns after a plain value would.
const log = [];
async function f() { return Promise.resolve("x"); }
f().then(() => log.push("f"));
Promise.resolve().then(() => log.push("t1")).then(() => log.push("t2")).then(() => log.push("t3"));
await new Promise((r) => setTimeoutless(r));
function setTimeoutless(r) { let p = Promise.resolve(); for (let i = 0; i < 6; i++) p = p.then(() => null); p.then(r); }
return log;
