// Durable runs with coroutines: sleep() and wait() inside a generator's body (reached
// through for-of) while the run holds another suspended generator, inside async
// functions resumed from the microtask queue with promises pending and Promise.all
// waiting, and inside a tag function whose template object must stay one object, park the VM snapshot in the store; the engine resumes each checkpoint from the
// store and the run ends with what JS gives. Real Engine + HttpServer on a fresh store
// (SQLite, and PostgreSQL when reachable), as test/durable.test.ts does.

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { DurableRecord } from "../src/store/index.ts";
import { UUID, backends, bootDurable, call, manualClock, removeTempDirs, show, untilDurable } from "./fixtures/durable/harness.ts";

after(removeTempDirs);

const BACKENDS = await backends("durable_coro");
after(async () => {
  for (const b of BACKENDS) if (!b.skip) await b.dispose();
});

const T0 = Date.UTC(2030, 0, 1);

/** Each work sleeps 2 s then waits for "<name>:<i>" twice (i = 0, 1), answered with { n: (i + 1) * 10 }. */
const CASES = [
  {
    describe: "generators",
    test: "sleep and wait inside a generator's body, with another generator held, checkpoint and resume",
    name: "gen",
    src: `const w = work("gen");
w.post("/gen");
w.timeout("200ms");
function* counter() { let n = 0; try { while (true) yield n++; } finally { closed.push("counter"); } }
function* steps(n) {
  for (let i = 0; i < n; i++) {
    sleep("2s");
    const got = wait("gen:" + i, { timeout: "1h" });
    yield got.n + i;
  }
}
const closed = [];
const c = counter();
c.next();
const seen = [];
for (const v of steps(2)) seen.push(v + c.next().value);
return { seen, after: c.return("end"), closed };
`,
    result: { seen: [11, 23], after: { value: "end", done: true }, closed: ["counter"] },
  },
  {
    describe: "async functions",
    test: "sleep and wait inside async functions, with promises pending, checkpoint and resume",
    name: "asy",
    src: `const w = work("asy");
w.post("/asy");
w.timeout("200ms");
const log = [];
async function step(i) {
  await null;
  sleep("2s");
  log.push("slept " + i);
  const got = await wait("asy:" + i, { timeout: "1h" });
  return got.n + i;
}
const kept = Promise.resolve("kept").then((v) => v + "!");
const a = await step(0);
const [b, c] = await Promise.all([step(1), Promise.resolve(5)]);
return { a, b, c, kept: await kept, log };
`,
    result: { a: 10, b: 21, c: 5, kept: "kept!", log: ["slept 0", "slept 1"] },
  },
  {
    describe: "tagged templates",
    test: "sleep and wait inside a tag function, its call site's template object held across checkpoints",
    name: "tpl",
    src: `const w = work("tpl");
w.post("/tpl");
w.timeout("200ms");
const objs = [];
function tag(strings, i) {
  objs.push(strings);
  sleep("2s");
  const got = wait("tpl:" + i, { timeout: "1h" });
  return strings[0] + (got.n + i) + strings[1];
}
const out = [];
for (let i = 0; i < 2; i++) out.push(tag\`n=\${i}\\n\`);
return { out, same: objs[0] === objs[1], frozen: Object.isFrozen(objs[1]) && Object.isFrozen(objs[1].raw), raw: objs[1].raw };
`,
    result: { out: ["n=10\n", "n=21\n"], same: true, frozen: true, raw: ["n=", "\\n"] },
  },
];

for (const backend of BACKENDS) {
  for (const c of CASES) {
    describe(`durable runs with ${c.describe} on ${backend.kind}`, { skip: backend.skip }, () => {
      test(c.test, async () => {
        const clock = manualClock(T0);
        const b = await bootDurable(await backend.fresh(), { [`${c.name}.js`]: c.src }, { clock, now: () => clock.t, sleepThresholdMs: 1000 });
        try {
          const r = await call(b.base, `/${c.name}`, { method: "POST", json: {} });
          assert.equal(r.status, 202, show(r));
          const id = r.json().run as string;
          assert.match(id, UUID);
          for (let i = 0; i < 2; i++) {
            await untilDurable(b.store, id, (x) => x.state === "sleeping" && x.checkpoints === 2 * i + 1, `sleeping in step ${i}`);
            clock.advance(2000);
            await untilDurable(b.store, id, (x) => x.state === "waiting" && x.event === `${c.name}:${i}`, `waiting for ${c.name}:${i}`);
            assert.equal(await b.engine.signal(`${c.name}:${i}`, { n: (i + 1) * 10 }), 1, "the signal wakes the one waiting run");
          }
          const d: DurableRecord = await untilDurable(b.store, id, (x) => x.state === "done", "done");
          assert.equal(d.error, null);
          assert.equal(d.checkpoints, 4, "2 sleeps + 2 waits");
          assert.deepEqual(JSON.parse(d.result!), c.result);
        } finally {
          await b.close();
        }
      });
    });
  }
}
