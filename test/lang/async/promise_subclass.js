// expect: [true,true,"P",true,1,"P",true,2,"rejected 3"]
class P extends Promise {
  tag() { return "P"; }
}
const p = new P((resolve) => resolve(1));
const out = [p instanceof P, p instanceof Promise, p.tag(), Object.getPrototypeOf(p) === P.prototype];
out.push(await p);
const r = P.resolve(2);
out.push(r.tag(), r instanceof P, await r);
try { await new P((_, reject) => reject(3)); } catch (e) { out.push("rejected " + e); }
return out;
