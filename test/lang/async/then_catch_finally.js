// expect: [["finally",2],"ok","recovered: e1",3,"from finally","passed"]
const log = [];
const a = await Promise.resolve(2).finally(() => log.push("finally")).then((v) => { log.push(v); return "ok"; });
const b = await Promise.reject(new Error("e1")).then(() => "not here").catch((e) => "recovered: " + e.message);
const c = await Promise.resolve(3).then(undefined, () => 0);
let d;
try { await Promise.resolve(1).finally(() => { throw "from finally"; }); } catch (e) { d = e; }
const e = await Promise.reject("passed").finally(() => 1).catch((x) => x);
return [log, a, b, c, d, e];
