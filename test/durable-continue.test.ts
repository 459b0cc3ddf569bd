// A run that is due again the moment it checkpoints goes on on the engine that wrote the
// checkpoint, under a lease taken in the same transaction, without waiting for a poll
// (docs/durable.md, "When a run resumes"); the stored checkpoint stays its recovery point.
// Every engine here polls once an hour: only the in-process continuation can finish a run
// while its request waits. Real Engine + HttpServer on SQLite and PostgreSQL (skipped
// with a notice when PostgreSQL is absent; fails under CI=true).

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { testTimeout } from "./fixtures/guard.ts";
import { backends, bootDurable, call, eventually, removeTempDirs, show, untilDurable, worksDir } from "./fixtures/durable/harness.ts";

after(removeTempDirs);

const BACKENDS = await backends("durcont");
after(async () => {
  for (const b of BACKENDS) if (!b.skip) await b.dispose();
});

const HOUR = 3_600_000;

const STEPS = `const w = work("steps");
w.post("/steps");
w.timeout("60s");
let n = 0;
for (let i = 1; i <= 5; i++) {
  queue("step-effects").push({ i });
  log("step " + i);
  w.checkpoint();
  n++;
}
return { n, run: w.run };
`;

const WAITER = `const w = work("waiter");
w.post("/waiter");
w.timeout("60s");
const got = wait("paid:" + w.body.id);
return { got };
`;

/** A server whose first request to each path never answers (until close); later ones answer "second". */
async function holdingServer(): Promise<{ url: string; seen: () => number; close: () => Promise<void> }> {
  const paths = new Set<string>();
  const held: http.ServerResponse[] = [];
  let seen = 0;
  const server = http.createServer((req, res) => {
    seen++;
    if (!paths.has(req.url!)) {
      paths.add(req.url!);
      held.push(res);
      return;
    }
    res.end("second");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen: () => seen,
    close: async () => {
      for (const r of held) r.end("late");
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

for (const backend of BACKENDS) {
  describe(`a run goes on where it checkpointed, on ${backend.kind}`, { skip: backend.skip, timeout: testTimeout(4) }, () => {
    test("five w.checkpoint()s finish while the request waits, with no poll; effects, logs and checkpoints are kept", async () => {
      const url = await backend.fresh();
      const b = await bootDurable(url, { "steps.js": STEPS }, { pollMs: HOUR });
      try {
        const r = await call(b.base, "/steps", { method: "POST", json: {} });
        assert.equal(r.status, 200, `the run finished within its request's timeout, though nothing polled: ${show(r)}`);
        const { n, run } = r.json();
        assert.equal(n, 5, show(r));
        const d = await b.store.getDurable(run);
        assert.equal(d?.state, "done");
        assert.equal(d?.checkpoints, 5, "each checkpoint was written");
        assert.equal(d?.leaseOwner, null, "the run holds no lease once done");
        const jobs = await b.store.listJobs("step-effects", null, 100);
        assert.deepEqual(jobs.map((j) => (j.payload as { i: number }).i).sort(), [1, 2, 3, 4, 5], "each push happened once");
        assert.equal(new Set(jobs.map((j) => j.key)).size, 5, "each push had its own idempotency key");
        await b.engine.flushRecords();
        const rec = await b.store.getRun(run);
        assert.equal(rec?.status, "succeeded");
        assert.deepEqual(rec?.logs.map((l) => l.args.join(" ")), ["step 1", "step 2", "step 3", "step 4", "step 5"], "the record has every segment's logs, in order");
      } finally {
        await b.close();
      }
    });

    test("a wait whose signal was kept goes on at once with its data", async () => {
      const url = await backend.fresh();
      const b = await bootDurable(url, { "waiter.js": WAITER }, { pollMs: HOUR });
      try {
        assert.equal(await b.engine.signal("paid:7", { amount: 42 }, 60_000), 0, "the signal is kept: nothing waits yet");
        const r = await call(b.base, "/waiter", { method: "POST", json: { id: 7 } });
        assert.equal(r.status, 200, show(r));
        assert.deepEqual(r.json(), { got: { amount: 42 } });
      } finally {
        await b.close();
      }
    });

    test("when the engine that went on dies, another resumes the run from the stored checkpoint", async () => {
      const hold = await holdingServer();
      const url = await backend.fresh();
      const files = {
        "crash.js": `const w = work("crash");
w.post("/crash");
w.timeout("60s");
log("one");
queue("crash-effects").push({ step: 1 });
w.checkpoint();
log("two");
return { got: http.get(${JSON.stringify(hold.url)} + "/" + w.run, { timeout: "60s" }).body };
`,
      };
      const dir = worksDir(files);
      // A answers 202 at once and goes on with the run in process, where it hangs on the held request.
      const a = await bootDurable(url, dir, { pollMs: HOUR, leaseMs: 1_000, awaitParkedMs: 0 });
      let b: Awaited<ReturnType<typeof bootDurable>> | null = null;
      try {
        const r = await call(a.base, "/crash", { method: "POST", json: {} });
        assert.equal(r.status, 202, show(r));
        const run = r.json().run as string;
        assert.ok(await eventually(() => hold.seen() === 1), "engine A went on with the run to its request");
        const leased = (await a.store.getDurable(run))!;
        assert.equal(leased.state, "leased", "the run is leased to engine A");
        assert.equal(leased.checkpoints, 1);
        // A dies as far as the store can tell: its heartbeat stops renewing the lease.
        await a.engine.cluster!.stop();
        b = await bootDurable(url, dir, { pollMs: 10, leaseMs: 1_000 });
        const d = await untilDurable(b.store, run, (x) => x.state === "done" || x.state === "failed", "the run resumed by engine B to finish");
        assert.equal(d.state, "done", d.error ?? "");
        assert.deepEqual(JSON.parse(d.result!), { got: "second" });
        assert.equal(d.checkpoints, 1);
        assert.equal((await b.store.listJobs("crash-effects", null, 10)).length, 1, "the push before the checkpoint is not replayed");
        await b.engine.flushRecords();
        const rec = await b.store.getRun(run);
        assert.deepEqual(rec?.logs.map((l) => l.args.join(" ")), ["one", "two"], "the logs are the stored segment's and B's");
      } finally {
        await hold.close();
        await b?.close();
        await a.close();
      }
    });
  });
}
