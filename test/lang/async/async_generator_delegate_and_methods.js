// expect: ["i1","inner got undefined","i2","inner fin","r=iret","s1","s2","c1","c2","inner fin","{\"value\":\"early\",\"done\":true}","static","method","private","obj","self","function","named",true,"AsyncGeneratorFunction"]
// yield* to an async generator, to a sync iterable of promises and to a hand-written async
// iterator; return() through yield*; async generator methods (static, #private, object
// literal, Symbol.asyncIterator).
const log = [];
async function* inner() {
  try {
    const x = yield "i1";
    log.push("inner got " + x);
    yield "i2";
    return "iret";
  } finally { log.push("inner fin"); }
}
async function* outer() {
  const r = yield* inner();
  log.push("r=" + r);
  yield* [Promise.resolve("s1"), "s2"];
  yield* { [Symbol.asyncIterator]() { let i = 0; return { next() { i++; return Promise.resolve({ value: "c" + i, done: i > 2 }); } }; } };
}
for await (const v of outer()) log.push(v);
const o = outer();
await o.next();
log.push(JSON.stringify(await o.return("early")));
class K {
  static async *s() { yield "static"; }
  async *m() { yield "method"; }
  async *#p() { yield "private"; }
  p() { return this.#p(); }
}
const obj = { async *g() { yield "obj"; }, async *[Symbol.asyncIterator]() { yield "self"; } };
for await (const v of K.s()) log.push(v);
for await (const v of new K().m()) log.push(v);
for await (const v of new K().p()) log.push(v);
for await (const v of obj.g()) log.push(v);
for await (const v of obj) log.push(v);
const f = async function* named() { yield 1; };
log.push(typeof f, f.name, Object.getPrototypeOf(f) === Object.getPrototypeOf(async function* () {}), String(Object.getPrototypeOf(f)[Symbol.toStringTag]));
return log;
