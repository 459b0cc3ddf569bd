// The node's side of a lease (src/engine/cluster.ts, docs/cluster.md "Leases and the
// clock"): a lease is kept while the heartbeat renews it, and lost — the attempt told, the
// loss reported with why — when the store refuses the renewal, or when the lease ends while
// the store does not answer (a node cut off from it). A store stand-in whose heartbeat
// answers, refuses or hangs on demand; the real-process version is test 5 of
// test/cluster.test.ts. Last, an engine whose heartbeats are applied by the store but never
// answered: the job attempt it stops is given back at once, not left under the lease.

import { after, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { ClusterNode, type NodeEvent } from "../src/engine/cluster.ts";
import { Engine, type EngineEvent } from "../src/engine/engine.ts";
import { openStore } from "../src/store/index.ts";
import type { HeldLeases, Store } from "../src/store/store.ts";
import { eventually, removeTempDirs, sleep, tempDir, worksDir } from "./fixtures/jobs/harness.ts";
import { sink } from "./fixtures/cluster/nodes.ts";

after(removeTempDirs);

const LEASE_MS = 400; // renewals every 250 ms

/** A heartbeat that answers (renewing all but `refuse`), or hangs while `silent` (until heal(): then it fails, as a query timeout would). */
function standIn() {
  const hung: Array<(e: Error) => void> = [];
  const s = {
    silent: false,
    refuse: new Set<string>(),
    beats: 0,
    heal() {
      s.silent = false;
      for (const f of hung.splice(0)) f(new Error("the database did not answer"));
    },
  };
  const store = {
    heartbeat: (_n: unknown, held: HeldLeases) => {
      s.beats++;
      if (s.silent) return new Promise((_, reject) => hung.push(reject));
      return Promise.resolve({ now: Date.now(), lost: { jobs: held.jobs.filter((l) => s.refuse.has(l.id)), runs: held.runs.filter((l) => s.refuse.has(l.id)) } });
    },
    removeNode: async () => {},
  } as unknown as Store;
  return { s, store };
}

test("a lease is kept past its first end while renewals reach the store, and lost when its end passes with the store silent", async () => {
  const { s, store } = standIn();
  const events: NodeEvent[] = [];
  const node = new ClusterNode({ store, clock: { now: () => Date.now() }, id: "nd-t", version: "0", leaseMs: LEASE_MS, report: (e) => events.push(e) });
  await node.start();
  try {
    const job = node.hold("job", "j1", node.owner(), "w", Date.now() + LEASE_MS);
    const run = node.hold("run", "r1", node.owner(), "w", Date.now() + LEASE_MS);
    const stopped: string[] = [];
    job.onLost(() => stopped.push("j1"));
    run.onLost(() => stopped.push("r1"));
    const beats = s.beats;
    await sleep(3 * LEASE_MS);
    assert.ok(s.beats > beats + 2, "the heartbeat ran meanwhile");
    assert.deepEqual([job.lost, run.lost, stopped, events], [false, false, [], []], "renewed: kept three leases long");

    s.silent = true;
    assert.ok(await eventually(() => stopped.length === 2, 60_000, 10), "waited for both attempts to be told, once their leases ended unrenewed");
    assert.deepEqual([job.lost, run.lost, stopped.sort()], [true, true, ["j1", "r1"]]);
    assert.deepEqual(
      events.map((e) => e.kind === "lease-lost" && [e.what, e.id, e.why]),
      [
        ["job", "j1", "unrenewed"],
        ["run", "r1", "unrenewed"],
      ],
    );
    // The event says how long the store has been silent (since the last heartbeat that reached it).
    for (const e of events) if (e.kind === "lease-lost") assert.ok(Number.isFinite(e.silentMs) && e.silentMs! > 0, `silentMs ${e.silentMs}: since the last heartbeat that reached the store`);
    assert.deepEqual(node.holding, { jobs: 0, runs: 0 }, "a lost lease is no longer renewed");
    assert.equal(node.canClaim, false, "no heartbeat reached the store for a lease: the node claims nothing");
    s.heal();
    assert.ok(await eventually(() => node.canClaim, 60_000, 10), "waited for a heartbeat to reach the store again");
  } finally {
    s.heal();
    await node.stop();
  }
});

test("an attempt recording its outcome is left to the store's answer; one the store refuses is lost as taken", async () => {
  const { s, store } = standIn();
  const events: NodeEvent[] = [];
  const node = new ClusterNode({ store, clock: { now: () => Date.now() }, id: "nd-u", version: "0", leaseMs: LEASE_MS, report: (e) => events.push(e) });
  await node.start();
  try {
    const settling = node.hold("job", "j-settling", node.owner(), "w", Date.now() + LEASE_MS);
    settling.settling();
    const taken = node.hold("job", "j-taken", node.owner(), "w", Date.now() + LEASE_MS);
    s.refuse.add("j-taken");
    assert.ok(await eventually(() => taken.lost, 60_000, 10), "waited for the refused renewal");
    s.silent = true;
    await sleep(3 * LEASE_MS);
    assert.equal(settling.lost, false, "not stopped while its outcome is being written");
    assert.deepEqual(events.map((e) => e.kind === "lease-lost" && [e.id, e.why]), [["j-taken", "taken"]]);
  } finally {
    s.heal();
    await node.stop();
  }
});

test("a job attempt or durable segment stopped for a lease that ended unrenewed gives the work back when the store still has it under that lease", async () => {
  process.env.KITWORK_SECRET ??= "kitwork-tests-cluster-secret-0123456789abcdef";
  const calls = await sink();
  const store = await openStore(`sqlite:${path.join(tempDir("cnode-store"), "state.db")}`);
  // Heartbeats reach the store (which renews the leases, for an hour) but their answers never come back.
  let swallow = false;
  const hung: Array<(e: Error) => void> = [];
  const heartbeat: Store["heartbeat"] = (node, held, leaseUntil, now) => {
    if (!swallow) return store.heartbeat(node, held, leaseUntil, now);
    return store.heartbeat(node, held, now + 3_600_000, now).then(() => new Promise((_, reject) => hung.push(reject)));
  };
  const wrapped = new Proxy(store, { get: (t, p) => (p === "heartbeat" ? heartbeat : typeof Reflect.get(t, p) === "function" ? Reflect.get(t, p).bind(t) : Reflect.get(t, p)) });
  const events: EngineEvent[] = [];
  const engine = new Engine({
    dir: worksDir({
      "give.js": `const w = work("give").queue("give");\nw.timeout("2m");\nhttp.get(${JSON.stringify(calls.url)} + "/hold/give-" + w.attempt, { timeout: "2m" });\nreturn w.attempt;\n`,
      "segment.js": `const w = work("segment").queue("segment");\nw.timeout("2m");\nw.checkpoint();\nhttp.get(${JSON.stringify(calls.url)} + "/hold/segment", { timeout: "2m" });\nreturn 1;\n`,
    }),
    store: wrapped,
    leaseMs: 3_000,
    pollMs: 10,
    databases: [],
    report: (e) => events.push(e),
  });
  try {
    engine.loadAll();
    engine.startJobs();
    const id = await engine.push("give", {});
    await engine.push("segment", {});
    assert.ok(await eventually(() => calls.count("/hold/give-1") === 1 && calls.count("/hold/segment") === 1, 60_000), "waited for the job's first attempt and the durable segment to start");
    const [run] = await store.listDurable({ work: "segment", limit: 5 });
    assert.ok(run, "the durable run is in the store");
    swallow = true;
    const lost = () => events.filter((e) => e.kind === "lease-lost");
    assert.ok(await eventually(() => lost().length === 2, 60_000), `waited for both leases to end unrenewed: ${JSON.stringify(events)}`);
    assert.deepEqual(lost().map((e) => e.kind === "lease-lost" && [e.what, e.id, e.why]).sort(), [["job", id, "unrenewed"], ["run", run.runId, "unrenewed"]].sort());
    // Under the leases the store renewed, both would wait an hour: given back, they are due now
    // (and not claimed again here while no heartbeat reaches the store).
    const state = async () => [(await store.getJob(id))?.state, (await store.getDurable(run.runId))?.leaseUntil];
    assert.ok(await eventually(async () => JSON.stringify(await state()) === JSON.stringify(["pending", 0]), 60_000), `waited for the job and the run to be given back: ${JSON.stringify([await store.getJob(id), await store.getDurable(run.runId)])}`);
    swallow = false;
    for (const f of hung.splice(0)) f(new Error("the database did not answer"));
    assert.ok(await eventually(() => calls.count("/hold/give-2") === 1 && calls.count("/hold/segment") === 2, 60_000), `waited for the job and the run to be claimed again once heartbeats answer: ${JSON.stringify(await state())}`);
    calls.release();
    assert.ok(await eventually(async () => (await store.getJob(id))?.state === "done" && (await store.getDurable(run.runId))?.state === "done", 60_000), `waited for the job's second attempt and the run to finish: ${JSON.stringify(events)}`);
    assert.deepEqual((await store.listRuns({ work: "segment", limit: 10 })).map((r) => [r.id, r.status]), [[run.runId, "succeeded"]], "the durable run has its one record");
    assert.deepEqual((await store.getJob(id))?.attempts, 2);
    const records = (await store.listRuns({ work: "give", limit: 10 })).filter((r) => r.jobId === id);
    assert.deepEqual(records.map((r) => [r.attempt, r.status, r.errorKind]).sort(), [[1, "failed", "lease"], [2, "succeeded", null]]);
  } finally {
    swallow = false;
    for (const f of hung.splice(0)) f(new Error("the database did not answer"));
    calls.release();
    await engine.shutdown();
    await calls.close();
  }
});
