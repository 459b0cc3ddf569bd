// Durable runs with generators: sleep() and wait() inside a generator's body (reached
// through for-of), while the run holds another suspended generator, park the VM
// snapshot in the store; the engine resumes each checkpoint from the store and the run
// ends with what JS gives. Real Engine + HttpServer on a fresh store (SQLite, and
// PostgreSQL when reachable), as test/durable.test.ts does.

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { DurableRecord } from "../src/store/index.ts";
import { UUID, backends, bootDurable, call, manualClock, removeTempDirs, show, untilDurable } from "./fixtures/durable/harness.ts";

after(removeTempDirs);

const BACKENDS = await backends("durable_gen");
after(async () => {
  for (const b of BACKENDS) if (!b.skip) await b.dispose();
});

const T0 = Date.UTC(2030, 0, 1);

const GEN = `const w = work("gen");
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
`;

for (const backend of BACKENDS) {
  describe(`durable runs with generators on ${backend.kind}`, { skip: backend.skip }, () => {
    test("sleep and wait inside a generator's body, with another generator held, checkpoint and resume", async () => {
      const clock = manualClock(T0);
      const b = await bootDurable(await backend.fresh(), { "gen.js": GEN }, { clock, now: () => clock.t, sleepThresholdMs: 1000 });
      try {
        const r = await call(b.base, "/gen", { method: "POST", json: {} });
        assert.equal(r.status, 202, show(r));
        const id = r.json().run as string;
        assert.match(id, UUID);
        for (let i = 0; i < 2; i++) {
          await untilDurable(b.store, id, (x) => x.state === "sleeping" && x.checkpoints === 2 * i + 1, `sleeping in step ${i}`);
          clock.advance(2000);
          await untilDurable(b.store, id, (x) => x.state === "waiting" && x.event === `gen:${i}`, `waiting for gen:${i}`);
          assert.equal(await b.engine.signal(`gen:${i}`, { n: (i + 1) * 10 }), 1, "the signal wakes the one waiting run");
        }
        const d: DurableRecord = await untilDurable(b.store, id, (x) => x.state === "done", "done");
        assert.equal(d.error, null);
        assert.equal(d.checkpoints, 4, "2 sleeps + 2 waits");
        assert.deepEqual(JSON.parse(d.result!), { seen: [11, 23], after: { value: "end", done: true }, closed: ["counter"] });
      } finally {
        await b.close();
      }
    });
  });
}
