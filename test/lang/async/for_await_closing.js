// expect: ["R1","R return(undefined)","R return settles","ret","T1","T return(undefined)","T return settles","caught body threw","N1","caught N next failed","L1M1","M return(undefined)","M return settles","L2M1","M return(undefined)","M return settles","L3M1","M return(undefined)","M return settles","TypeError","TypeError"]
// for await closes its iterator on return, throw and a labelled continue, awaiting what
// return() gives; a rejected next() does not close it; a non-iterable and a result that
// is no object are TypeErrors.
const log = [];
function source(name, fail) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next() {
      i++;
      if (fail && i === 2) return Promise.reject(new Error(name + " next failed"));
      return Promise.resolve({ value: name + i, done: i > 3 });
    },
    return(v) {
      log.push(name + " return(" + v + ")");
      return new Promise((r) => Promise.resolve().then(() => { log.push(name + " return settles"); r({ done: true }); }));
    },
  };
}
async function viaReturn() {
  for await (const v of source("R")) { log.push(v); return "ret"; }
}
async function viaThrow() {
  for await (const v of source("T")) { log.push(v); throw new Error("body threw"); }
}
async function viaNextRejection() {
  for await (const v of source("N", true)) log.push(v);
}
log.push(await viaReturn());
try { await viaThrow(); } catch (e) { log.push("caught " + e.message); }
try { await viaNextRejection(); } catch (e) { log.push("caught " + e.message); }
outer: for await (const a of source("L")) {
  for await (const b of source("M")) { log.push(a + b); continue outer; }
}
try { for await (const x of 5) log.push(x); } catch (e) { log.push(e.constructor.name); }
const bad = { [Symbol.asyncIterator]() { return { next() { return 1; } }; } };
try { for await (const x of bad) log.push(x); } catch (e) { log.push(e.constructor.name); }
return log;
