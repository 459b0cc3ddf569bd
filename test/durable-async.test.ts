// Durable runs with async code: sleep() and wait() inside async functions resumed from
// the microtask queue, with promises pending and Promise.all waiting, park the VM
// snapshot in the store; the engine resumes each checkpoint from the store and the run
// ends with what JS gives. Real Engine + HttpServer on a fresh store (SQLite, and
// PostgreSQL when reachable), as test/durable.test.ts does.

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { DurableRecord } from "../src/store/index.ts";
import { UUID, backends, bootDurable, call, manualClock, removeTempDirs, show, untilDurable } from "./fixtures/durable/harness.ts";

after(removeTempDirs);

const BACKENDS = await backends("durable_async");
after(async () => {
  for (const b of BACKENDS) if (!b.skip) await b.dispose();
});

const T0 = Date.UTC(2030, 0, 1);

const ASYNC = `const w = work("asy");
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
`;

for (const backend of BACKENDS) {
  describe(`durable runs with async functions on ${backend.kind}`, { skip: backend.skip }, () => {
    test("sleep and wait inside async functions, with promises pending, checkpoint and resume", async () => {
      const clock = manualClock(T0);
      const b = await bootDurable(await backend.fresh(), { "asy.js": ASYNC }, { clock, now: () => clock.t, sleepThresholdMs: 1000 });
      try {
        const r = await call(b.base, "/asy", { method: "POST", json: {} });
        assert.equal(r.status, 202, show(r));
        const id = r.json().run as string;
        assert.match(id, UUID);
        for (let i = 0; i < 2; i++) {
          await untilDurable(b.store, id, (x) => x.state === "sleeping" && x.checkpoints === 2 * i + 1, `sleeping in step ${i}`);
          clock.advance(2000);
          await untilDurable(b.store, id, (x) => x.state === "waiting" && x.event === `asy:${i}`, `waiting for asy:${i}`);
          assert.equal(await b.engine.signal(`asy:${i}`, { n: (i + 1) * 10 }), 1, "the signal wakes the one waiting run");
        }
        const d: DurableRecord = await untilDurable(b.store, id, (x) => x.state === "done", "done");
        assert.equal(d.error, null);
        assert.equal(d.checkpoints, 4, "2 sleeps + 2 waits");
        assert.deepEqual(JSON.parse(d.result!), { a: 10, b: 21, c: 5, kept: "kept!", log: ["slept 0", "slept 1"] });
      } finally {
        await b.close();
      }
    });
  });
}
