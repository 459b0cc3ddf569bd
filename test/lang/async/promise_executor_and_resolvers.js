// expect: [1,"first",true,"caught: bad","TypeError"]
// The executor runs at once; only the first call of resolve/reject counts; a throw in it rejects.
let ran = 0;
const p = new Promise((resolve, reject) => { ran++; resolve("first"); resolve("second"); reject(new Error("no")); });
const q = new Promise(() => { throw new Error("bad"); });
let kind;
try { Promise(() => {}); } catch (e) { kind = e.name; }
return [ran, await p, p instanceof Promise, await q.catch((e) => "caught: " + e.message), kind];
