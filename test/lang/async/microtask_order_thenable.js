// expect: ["sync","then called","p1","resolved 7","p2"]
// Resolving with a thenable calls its then() in a job of its own.
const log = [];
const thenable = { then(res) { log.push("then called"); res(7); } };
new Promise((r) => r(thenable)).then((v) => log.push("resolved " + v));
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2"));
log.push("sync");
for (let i = 0; i < 5; i++) await null;
return log;
