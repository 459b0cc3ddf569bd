// The cluster under faults (issue 13; docs/cluster.md): `kitwork start` nodes as real
// processes on one PostgreSQL store, killed with kill -9, one with its clock 10 s ahead.
// Each test is a guarantee, and each failed before leases were heartbeated, claimed under
// a fresh owner and timed on the store's clock:
//
//   1. a job and a durable step longer than their lease, on live nodes, run once;
//   2. a node's wrong clock decides nothing: no job runs twice, a sleep lasts what it says;
//   3. a killed node's job is re-run by another node (after its lease, not a timeout's double);
//   4. a cron slot is never claimed without its job (the two are one transaction);
//   5. a node cut off from the store (blackholed through a TCP proxy) past its lease stops
//      the job it holds and says why, so the node that takes it over is the only one to
//      finish it;
//   and a node claims no more durable runs than it can run at once.
//
// This file is the short slice (in npm test: leases of 2-3 s); `npm run test:cluster`
// runs it again with KITWORK_CLUSTER_LONG=1 (default 10 s leases, longer steps, more jobs).
// No duration is asserted — a sleep's lower bound is what it asked for, and the takeover
// time is printed, not checked; guards are generous and say what they waited for.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import Database from "better-sqlite3";
import pg from "pg";
import { Engine, type EngineEvent } from "../src/engine/engine.ts";
import { DURABLE_MAX_IN_FLIGHT } from "../src/engine/durable.ts";
import { type Store, openStore } from "../src/store/index.ts";
import { type Backend, backends, ensureBuilt, eventually, manualClock, removeTempDirs, sleep, worksDir } from "./fixtures/jobs/harness.ts";
import { type Sink, kill9, lines, logsOf, sink, startNode, stopNodes } from "./fixtures/cluster/nodes.ts";
import { FaultProxy } from "./fixtures/fault-proxy.ts";
import { testTimeout } from "./fixtures/guard.ts";

const LONG = process.env.KITWORK_CLUSTER_LONG === "1";
/** The nodes' lease: short here, the default in the long run. */
const LEASE = LONG ? "10s" : "2s";
const LEASE_MS = LONG ? 10_000 : 2_000;
const leaseArgs = LONG ? [] : ["--lease", LEASE];

const all = await backends("cluster");
const postgres = all.find((b) => b.kind === "postgres")!;

before(() => ensureBuilt());
after(async () => {
  await stopNodes();
  for (const b of all) await b.dispose();
  removeTempDirs();
});

async function withStore<T>(url: string, f: (s: Store) => Promise<T>): Promise<T> {
  const s = await openStore(url);
  try {
    return await f(s);
  } finally {
    await s.close();
  }
}

const q = (s: string) => JSON.stringify(s);

describe("a cluster of kitwork start nodes on PostgreSQL", { skip: postgres.skip, timeout: testTimeout(LONG ? 20 : 6) }, () => {
  let calls: Sink;
  before(async () => {
    calls = await sink();
  });
  after(async () => {
    await stopNodes();
    await calls?.close();
  });

  test(`1. a job and a durable step longer than their lease (${LEASE}) on live nodes run once`, async () => {
    const stepMs = 3 * LEASE_MS;
    const url = await postgres.fresh();
    const dir = worksDir({
      "slow.js": `const w = work("slow").queue("slow", { concurrency: 2 });\nw.timeout("2m");\nreturn http.get(${q(calls.url)} + "/${stepMs}/job-" + w.payload.n, { timeout: "2m" }).body;\n`,
      "step.js": `const w = work("step").queue("steps", { concurrency: 2 });\nw.timeout("2m");\nw.checkpoint();\nreturn http.get(${q(calls.url)} + "/${stepMs}/step-" + w.payload.n, { timeout: "2m" }).body;\n`,
    });
    const a = await startNode("a", dir, url, { args: leaseArgs });
    const b = await startNode("b", dir, url, { args: leaseArgs });
    const n = LONG ? 6 : 2;
    await withStore(url, async (store) => {
      for (let i = 1; i <= n; i++) {
        await store.pushJob("slow", { n: i }, { runAt: 0 });
        await store.pushJob("steps", { n: i }, { runAt: 0 });
      }
      const done = async () => {
        const jobs = (await store.listJobs("slow", "done", 100)).length;
        const runs = (await store.listDurable({ state: "done", work: "step", limit: 100 })).length;
        return jobs === n && runs === n;
      };
      assert.ok(await eventually(done, 240_000, 200), `waited for ${n} slow jobs and ${n} durable steps to finish\n${logsOf(a, b)}`);
    });
    for (let i = 1; i <= n; i++) {
      assert.equal(calls.count(`/${stepMs}/job-${i}`), 1, `job ${i}'s step ran ${calls.count(`/${stepMs}/job-${i}`)} times\n${logsOf(a, b)}`);
      assert.equal(calls.count(`/${stepMs}/step-${i}`), 1, `durable step ${i} ran ${calls.count(`/${stepMs}/step-${i}`)} times\n${logsOf(a, b)}`);
    }
    const lost = (n: typeof a) => n.out().split("\n").filter((l) => l.includes('"msg":"lease lost'));
    assert.deepEqual([...lost(a), ...lost(b)], [], "no live node lost a lease (refused, or ended unrenewed)");
    await kill9(a);
    await kill9(b);
  });

  test("2. a node whose clock is 10 s ahead runs nothing twice, and a sleep lasts what it asked", async (t) => {
    const url = await postgres.fresh();
    const jobMs = 3_000;
    const sleepS = LONG ? 20 : 6;
    const dir = worksDir({
      // Before, a lease was twice the timeout (8 s here): shorter than the skew, so the fast node took live leases for expired ones.
      "skewed.js": `const w = work("skewed").queue("skewed", { concurrency: 2 });\nw.timeout("4s");\nreturn http.get(${q(calls.url)} + "/${jobMs}/skew-" + w.payload.n).body;\n`,
      "nap.js": `const w = work("nap").post("/nap");\nsleep("${sleepS}s");\nreturn "woke";\n`,
    });
    const fast = await startNode("fast", dir, url, { args: leaseArgs, skewMs: 10_000 });
    const right = await startNode("right", dir, url, { args: leaseArgs });
    // The fixture works: the fast node's own clock (its log times) is 10 s ahead of this process's.
    const seen = Date.parse(String(lines(fast, "listening")[0]!.time));
    assert.ok(seen - Date.now() > 5_000, `the fast node's clock is ahead (its listening line says ${lines(fast, "listening")[0]!.time})`);
    const n = LONG ? 40 : 8;
    await withStore(url, async (store) => {
      for (let i = 1; i <= n; i++) await store.pushJob("skewed", { n: i }, { runAt: 0 });
      // The nap starts on the node with the right clock; either node may wake it.
      const t0 = Date.now();
      const request = fetch(`${right.base}/nap`, { method: "POST" }).then((r) => r.text()).catch(() => "");
      let napped: { startedAt: number; finishedAt: number | null; status: string } | undefined;
      let woke = 0;
      const ok = await eventually(async () => {
        napped = (await store.listRuns({ work: "nap", limit: 5 }))[0];
        if (napped?.status === "succeeded" && !woke) woke = Date.now();
        return (await store.listJobs("skewed", "done", 100)).length === n && woke > 0;
      }, 240_000, 50);
      assert.ok(ok, `waited for ${n} jobs and the nap to finish (nap: ${JSON.stringify(napped)})\n${logsOf(fast, right)}`);
      await request;
      // A lower bound, not a duration: the sleep did not end before its time.
      t.diagnostic(`sleep("${sleepS}s") across a 10 s skew ended after ${woke - t0} ms`);
      assert.ok(woke - t0 >= sleepS * 1000 - 500, `sleep("${sleepS}s") ended after ${woke - t0} ms\n${logsOf(fast, right)}`);
    });
    const twice = Array.from({ length: n }, (_, i) => i + 1).filter((i) => calls.count(`/${jobMs}/skew-${i}`) !== 1);
    assert.deepEqual(twice.map((i) => [i, calls.count(`/${jobMs}/skew-${i}`)]), [], `jobs not run exactly once\n${logsOf(fast, right)}`);
    await kill9(fast);
    await kill9(right);
  });

  test("3. a killed node's job is run again by another node (measured: kill to first re-run)", async (t) => {
    const url = await postgres.fresh();
    // A long timeout: before, the lease was twice it (20 min), so a crash cost that.
    const dir = worksDir({ "held.js": `const w = work("held").queue("held");\nw.timeout("10m");\nreturn http.get(${q(calls.url)} + "/hold/held-" + w.payload.n, { timeout: "10m" }).body;\n` });
    const a = await startNode("a", dir, url, { args: leaseArgs });
    await withStore(url, async (store) => {
      const { id } = await store.pushJob("held", { n: 1 }, { runAt: 0 });
      assert.ok(await eventually(() => calls.count("/hold/held-1") === 1, 120_000), `waited for node a to start the job\n${logsOf(a)}`);
      const b = await startNode("b", dir, url, { args: leaseArgs });
      const killedAt = Date.now();
      await kill9(a);
      assert.ok(await eventually(() => calls.count("/hold/held-1") === 2, 120_000, 20), `waited (2 minutes) for node b to take the killed node's job over\n${logsOf(a, b)}`);
      const rerun = calls.hits.get("/hold/held-1")![1]! - killedAt;
      t.diagnostic(`lease ${LEASE}: kill -9 to the first re-run took ${rerun} ms`);
      calls.release();
      assert.ok(await eventually(async () => (await store.getJob(id))?.state === "done", 120_000), `waited for the job to be done\n${logsOf(b)}`);
      const job = await store.getJob(id);
      assert.deepEqual([job?.state, job?.attempts], ["done", 2]);
      await kill9(b);
    });
  });

  test("5. a node cut off from the store past its lease stops the job and the durable step it holds, and logs why; the node that takes them over alone finishes them", async () => {
    const url = await postgres.fresh();
    const own = await sink(); // its own: test 3 released the shared sink's holds
    const target = new URL(url);
    const proxy = await FaultProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    try {
      const dir = worksDir({
        "kitwork.json": JSON.stringify({ env: ["KW_TEST_NODE"] }),
        // Start, a step that outlasts the cut, end: "end" is what must happen once. A job, and a durable run's segment after a checkpoint.
        ...Object.fromEntries(
          ["job", "run"].map((kind) => [
            `cut-${kind}.js`,
            `const w = work("cut-${kind}").queue("cut-${kind}");\nw.timeout("10m");\n${kind === "run" ? "w.checkpoint();\n" : ""}const who = "${kind}-" + env("KW_TEST_NODE");\nhttp.get(${q(own.url)} + "/0/start-" + who);\nhttp.get(${q(own.url)} + "/hold/step-" + who, { timeout: "10m" });\nhttp.get(${q(own.url)} + "/0/end-" + who);\nreturn who;\n`,
          ]),
        ),
      });
      // Node a reaches the store through the proxy (a query held that long is waited for, not failed: the cut is shorter).
      const a = await startNode("a", dir, `${proxy.url(url)}&queryTimeout=2m`, { args: leaseArgs, env: { KW_TEST_NODE: "a" } });
      await withStore(url, async (store) => {
        const { id } = await store.pushJob("cut-job", {}, { runAt: 0 });
        await store.pushJob("cut-run", {}, { runAt: 0 });
        assert.ok(await eventually(() => own.count("/hold/step-job-a") === 1 && own.count("/hold/step-run-a") === 1, 120_000), `waited for node a to start the job and the durable step\n${logsOf(a)}`);
        const [run] = await store.listDurable({ work: "cut-run", limit: 5 });
        assert.ok(run, "the durable run is in the store");
        proxy.blackhole();
        const b = await startNode("b", dir, url, { args: leaseArgs, env: { KW_TEST_NODE: "b" } });
        const lostLine = "lease lost: the store did not answer before the lease ended; this attempt stopped, another node may take it over";
        assert.ok(await eventually(() => lines(a, lostLine).length === 2, 120_000), `waited for node a, cut off, to stop the job and the step when their leases ended\n${logsOf(a, b)}`);
        assert.ok(await eventually(() => own.count("/hold/step-job-b") === 1 && own.count("/hold/step-run-b") === 1, 120_000), `waited for node b to take the job and the durable run over\n${logsOf(a, b)}`);
        // Both steps answer now: a stopped attempt does not go on.
        own.release();
        assert.ok(await eventually(async () => (await store.getJob(id))?.state === "done" && (await store.getDurable(run.runId))?.state === "done", 120_000), `waited for node b to finish the job and the durable run\n${logsOf(a, b)}`);
        proxy.forward();
        // Node a is back: its attempt is recorded as what it was, beside b's.
        const records = async () => (await store.listRuns({ work: "cut-job", limit: 10 })).filter((r) => r.jobId === id);
        assert.ok(await eventually(async () => (await records()).length === 2, 120_000), `waited for both attempts' run records\n${logsOf(a, b)}`);
        assert.deepEqual(["job", "run"].map((k) => [own.count(`/0/end-${k}-a`), own.count(`/0/end-${k}-b`)]), [[0, 1], [0, 1]], "the job and the durable run ran to their end once, on the node that took them over");
        assert.deepEqual(lines(a, lostLine).map((l) => [l.job ?? l.run, l.work]).sort(), [[id, "cut-job"], [run.runId, "cut-run"]].sort(), "node a said what it stopped, and why");
        assert.deepEqual((await records()).map((r) => [r.status, r.errorKind]).sort(), [["failed", "lease"], ["succeeded", null]], "the job's stopped attempt is recorded as such, beside the one that finished it");
        assert.deepEqual((await store.listRuns({ work: "cut-run", limit: 10 })).map((r) => [r.id, r.status]), [[run.runId, "succeeded"]], "the durable run has its one record");
        const job = await store.getJob(id);
        assert.deepEqual([job?.state, job?.attempts], ["done", 2]);
        await kill9(a);
        await kill9(b);
      });
    } finally {
      await proxy.close();
      await own.close();
    }
  });
});

// ------------------------------------------------------------------ in one process, both stores

for (const backend of all) {
  describe(`a node on ${backend.kind}`, { skip: backend.skip, timeout: testTimeout(4) }, () => {
    test("4. a cron slot whose job cannot be written is not claimed: it fires once the store takes it", async () => {
      const url = await backend.fresh();
      const store = await openStore(url);
      // The store refuses the slot's job (as a crash between two statements would lose it).
      const fault = await rawSql(backend, url);
      await fault.inject();
      const slot = Math.floor(Date.parse("2030-01-01T00:00:00Z") / 60_000) * 60_000;
      const clock = manualClock(slot + 100);
      const events: EngineEvent[] = [];
      const engine = new Engine({ dir: worksDir({ "tick.js": `work("tick").every("1m");\nreturn "tick";\n` }), store, clock, pollMs: 10, databases: [], report: (e) => events.push(e) });
      try {
        engine.loadAll();
        engine.startJobs();
        assert.ok(await eventually(() => events.some((e) => e.kind === "job-error"), 60_000), `waited for the scheduler to meet the fault: ${JSON.stringify(events)}`);
        await fault.clear();
        assert.ok(await eventually(async () => (await store.listRuns({ work: "tick", limit: 5 })).some((r) => r.status === "succeeded"), 60_000), `waited for the slot to fire once the store took its job: ${JSON.stringify(events)}`);
        assert.deepEqual((await store.listRuns({ work: "tick", limit: 5 })).map((r) => r.trigger), ["cron"], "the slot ran once");
      } finally {
        await engine.shutdown();
        await fault.close();
      }
    });

    test(`a node claims no more durable runs than it runs at once (${DURABLE_MAX_IN_FLIGHT})`, async () => {
      const url = await backend.fresh();
      const store = await openStore(url);
      const engine = new Engine({ dir: worksDir({ "bulk.js": `const w = work("bulk").queue("bulk", { concurrency: 24 });\nw.checkpoint();\nsleep("1s");\nreturn 1;\n` }), store, pollMs: 10, databases: [], report: () => {} });
      try {
        engine.loadAll();
        engine.startJobs();
        for (let i = 0; i < 24; i++) await engine.push("bulk", { i });
        let most = 0;
        const ok = await eventually(async () => {
          // Counted once every job has handed its run over (a job completes when its run parks):
          // before that, a job's run holding its checkpoint in memory is leased too, unclaimed.
          if ((await store.listJobs("bulk", "done", 100)).length === 24) most = Math.max(most, (await store.listDurable({ state: "leased", limit: 100 })).length);
          return (await store.listDurable({ state: "done", limit: 100 })).length === 24;
        }, 120_000, 25);
        assert.ok(ok, "waited for 24 durable runs to finish");
        assert.ok(most > 0 && most <= DURABLE_MAX_IN_FLIGHT, `held ${most} durable runs at once`);
      } finally {
        await engine.shutdown();
      }
    });
  });
}

/** A trigger that makes the store refuse the cron job of work "tick", and its removal (raw SQL, verification only). */
async function rawSql(backend: Backend, url: string): Promise<{ inject(): Promise<void>; clear(): Promise<void>; close(): Promise<void> }> {
  if (backend.kind === "sqlite") {
    const db = new Database(url.slice("sqlite:".length));
    return {
      inject: async () => void db.exec(`CREATE TRIGGER kw_test_fault BEFORE INSERT ON kw_jobs WHEN NEW.queue = 'cron:tick' BEGIN SELECT RAISE(ABORT, 'injected fault: the job is not written'); END`),
      clear: async () => void db.exec(`DROP TRIGGER kw_test_fault`),
      close: async () => void db.close(),
    };
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return {
    inject: async () => {
      await c.query(`CREATE FUNCTION kw_test_fault() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected fault: the job is not written'; END $$ LANGUAGE plpgsql`);
      await c.query(`CREATE TRIGGER kw_test_fault BEFORE INSERT ON kw_jobs FOR EACH ROW WHEN (NEW.queue = 'cron:tick') EXECUTE FUNCTION kw_test_fault()`);
    },
    clear: async () => void (await c.query(`DROP TRIGGER kw_test_fault ON kw_jobs`)),
    close: () => c.end(),
  };
}

void sleep;
