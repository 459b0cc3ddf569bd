// expect: [["executor", "resolve 1", "resolve 2"], true, [1, 2], "TypeError"]
// The combinators build their promise with `this` (NewPromiseCapability) and resolve each input through this.resolve.
const log = [];
function Custom(executor) {
  log.push("executor");
  const p = new Promise(executor);
  return p;
}
Custom.resolve = (v) => { log.push("resolve " + v); return Promise.resolve(v); };
const p = Promise.all.call(Custom, [1, 2]);
let kind;
try { Promise.all.call(undefined, []); } catch (e) { kind = e.name; }
return [log, p instanceof Promise, await p, kind];
