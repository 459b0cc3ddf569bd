// Queues end to end (issue 5): producer and consumer works on a real Engine with a real
// store (a fresh SQLite file, and a fresh PostgreSQL schema), pushes over real HTTP
// (HttpServer on port 0), retries and dead jobs through the store, the `kitwork queue`
// and `kitwork runs` commands (the real CLI with --store), the admin API under
// /_kitwork/, and the crash test: a real `kitwork start` child killed with SIGKILL
// half-way through 2,000 jobs, then restarted.
//
// Harness: test/fixtures/jobs/harness.ts. PostgreSQL at $KITWORK_TEST_PG_URL or
// postgres://postgres@127.0.0.1:5432/test; unreachable → skipped with a notice (fails
// under CI=true).
//
// Admin token limitation: a request made in-process always comes from 127.0.0.1, and
// localhost needs no token, so the token path is tested by calling authorize() with a
// fake request whose socket.remoteAddress is "10.0.0.5".
//
// Tests that fail assert the CORRECT behaviour on purpose; the failures are listed in
// the report attached to the change that added this file.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { Client as PgClient } from "pg";
import { authorize } from "../src/server/admin.ts";
import { MAX_PAYLOAD_BYTES, type Job, type RunRecord, type Store, openStore } from "../src/store/index.ts";
import { testTimeout } from "./fixtures/guard.ts";
import {
  type Booted,
  FIXTURES,
  UUID,
  backends,
  boot,
  call,
  cli,
  ensureBuilt,
  eventually,
  kill9,
  manualClock,
  removeTempDirs,
  show,
  showCli,
  sleep,
  startEngine,
  stopEngine,
  tempDir,
  writeWork,
} from "./fixtures/jobs/harness.ts";

/** How far the store's clock, as the engine reads it, may sit from this process's (PostgreSQL on this machine). */
const CLOCK_SLACK_MS = 250;

after(removeTempDirs);

// ------------------------------------------------------------------ works

const PRODUCER = `// POST /push/:queue pushes the body; ?key=, ?delay= and ?ttl= are passed on.
const w = work("producer");
w.post("/push/:queue");
const opts = {};
if (w.query.key) opts.key = w.query.key;
if (w.query.delay) opts.delay = w.query.delay;
if (w.query.ttl) opts.ttl = w.query.ttl;
const id = queue(w.params.queue).push(w.body, opts);
return json({ job: id }, 202);
`;

const BIG = `const w = work("big producer");
w.post("/big");
try {
  const id = queue("big").push({ blob: "x".repeat(w.body.size) });
  return json({ job: id }, 202);
} catch (e) {
  return json({ caught: e.message }, 413);
}
`;

const CONSUMER = `const w = work("consumer");
w.queue("q", { concurrency: 4 });
log("got", w.payload, w.trigger, w.attempt);
return { n: w.payload?.n ?? null };
`;

const FLAKY = `const w = work("flaky");
w.queue("flaky");
w.retry(2, "10ms");
if (w.attempt < 3) throw new Error("flaky attempt " + w.attempt);
return { ok: w.attempt };
`;

const DOOMED = `const w = work("doomed");
w.queue("doomed");
w.retry(1, "10ms");
throw new Error("doomed " + w.payload.n);
`;

const REFUSED = `const w = work("refused");
w.queue("refused");
w.retry(3, "10ms");
fail(400, "bad input " + w.payload.n);
`;

const REFUSED_FIXED = `const w = work("refused");
w.queue("refused");
w.retry(3, "10ms");
return { fixed: w.payload.n };
`;

const ECHO = `const w = work("echo");
w.queue("echo");
return { echo: w.payload };
`;

const RELAY = `// a consumer that is also a producer
const w = work("relay");
w.queue("relay");
return { pushed: queue("echo").push({ relayed: w.payload }) };
`;

const LATER = `// fails, and retries in an hour: the retry waits in the store
const w = work("later");
w.queue("later");
w.retry(3, "1h");
throw new Error("not yet");
`;

const SLOW_RETRY = `const w = work("slow retry");
w.queue("slow");
w.retry(1, "1h");
if (w.attempt === 1) throw new Error("first attempt fails");
return { attempt: w.attempt };
`;

// ------------------------------------------------------------------ helpers

async function runsOfJob(store: Store, jobId: string, work?: string): Promise<RunRecord[]> {
  const runs = await store.listRuns({ work, limit: 1000 });
  return runs.filter((r) => r.jobId === jobId).sort((a, b) => a.attempt - b.attempt || a.startedAt - b.startedAt);
}

async function jobState(store: Store, id: string): Promise<Job> {
  const job = await store.getJob(id);
  assert.ok(job, `job ${id} not found`);
  return job;
}

/** Waits until the job reaches `state` (and `extra` holds); fails with the job as seen (`ms`: a hang guard, scaled). */
async function waitJob(store: Store, id: string, state: Job["state"], ms = 120_000, extra: (j: Job) => boolean = () => true): Promise<Job> {
  let last: Job | null = null;
  const ok = await eventually(async () => {
    last = await store.getJob(id);
    return last?.state === state && extra(last);
  }, ms);
  assert.ok(ok, `gave up waiting for job ${id} to become ${state} (a hang guard): ${JSON.stringify(last)}`);
  return last!;
}

const storeArgs = (s: Booted) => ["--store", s.storeUrl];

/** A call to the admin API of the engine booted with KITWORK_ADMIN_TOKEN "t0k" (required from loopback too). */
const adminCall = (s: Booted, p: string, init: Parameters<typeof call>[2] = {}) => call(s.base, p, { ...init, headers: { authorization: "Bearer t0k", ...(init.headers as Record<string, string> | undefined) } });

// ------------------------------------------------------------------ per backend

const BACKENDS = await backends("queues");
after(async () => {
  for (const b of BACKENDS) if (!b.skip) await b.dispose();
});

before(() => ensureBuilt());

for (const backend of BACKENDS) {
  describe(`queues on ${backend.kind}`, { skip: backend.skip }, () => {
    let s: Booted;
    before(async () => {
      s = await boot(await backend.fresh(), {
        "producer.js": PRODUCER,
        "big.js": BIG,
        "consumer.js": CONSUMER,
        "flaky.js": FLAKY,
        "doomed.js": DOOMED,
        "refused.js": REFUSED,
        "echo.js": ECHO,
        "later.js": LATER,
        "relay.js": RELAY,
      }, { adminToken: "t0k" });
      assert.deepEqual(s.problems, []);
    });
    after(() => s?.close());

    // -------------------------------------------------------------- producer → consumer

    test("a job pushed over HTTP runs its consumer: w.payload is the job, w.trigger \"queue\", w.attempt 1, and a run is recorded", async () => {
      assert.equal(s.engine.consumer("q")?.concurrency, 4, "w.queue(\"q\", {concurrency: 4}) gives a consumer of concurrency 4");
      const payload = { n: 1, to: "ada@example.com", tags: ["a", "b"] };
      const r = await call(s.base, "/push/q", { method: "POST", json: payload });
      assert.equal(r.status, 202, show(r));
      const id = r.json().job;
      assert.match(id, UUID, "push() returns the job id");
      const job = await waitJob(s.store, id, "done");
      assert.equal(job.queue, "q");
      assert.deepEqual(job.payload, payload, "the job keeps its payload");
      assert.equal(job.attempts, 1);
      const runs = await runsOfJob(s.store, id, "consumer");
      assert.equal(runs.length, 1, JSON.stringify(runs));
      const run = runs[0]!;
      assert.equal(run.status, "succeeded");
      assert.equal(run.trigger, "queue");
      assert.equal(run.attempt, 1);
      assert.equal(run.work, "consumer");
      assert.equal(run.error, null);
      assert.ok(run.finishedAt !== null && run.finishedAt >= run.startedAt);
      assert.deepEqual(run.logs.map((l) => l.args), [["got", payload, "queue", 1]], "the consumer saw w.payload = the job, w.trigger = \"queue\", w.attempt = 1");
    });

    test("50 jobs pushed at once each run exactly once", async () => {
      const ids = await Promise.all(
        Array.from({ length: 50 }, async (_, i) => {
          const r = await call(s.base, "/push/q", { method: "POST", json: { n: 100 + i } });
          assert.equal(r.status, 202, show(r));
          return r.json().job as string;
        }),
      );
      assert.equal(new Set(ids).size, 50);
      const ok = await eventually(async () => (await Promise.all(ids.map((id) => s.store.getJob(id)))).every((j) => j?.state === "done"));
      assert.ok(ok, "gave up waiting for the 50 jobs to be done");
      const runs = (await s.store.listRuns({ work: "consumer", limit: 1000 })).filter((r) => ids.includes(r.jobId!));
      assert.equal(runs.length, 50, "one run per job");
      assert.ok(runs.every((r) => r.status === "succeeded" && r.attempt === 1));
      assert.deepEqual(new Set(runs.map((r) => r.jobId)), new Set(ids));
    });

    test("a consumer can push in turn: queue(name).push() works in queue runs", async () => {
      const id = await s.engine.push("relay", { hop: 1 });
      await waitJob(s.store, id, "done");
      const echoed = (await s.store.listJobs("echo", null, 100)).find((j) => JSON.stringify(j.payload) === JSON.stringify({ relayed: { hop: 1 } }));
      assert.ok(echoed, "the relayed job was pushed");
      await waitJob(s.store, echoed.id, "done");
    });

    test("{key} dedupes while a job with that key is pending; once it is done the key is free again", async () => {
      // "lonely" has no consumer: its jobs stay pending.
      const a = await call(s.base, "/push/lonely?key=k1", { method: "POST", json: { v: 1 } });
      const b = await call(s.base, "/push/lonely?key=k1", { method: "POST", json: { v: 2 } });
      const c = await call(s.base, "/push/lonely?key=k2", { method: "POST", json: { v: 3 } });
      assert.equal(a.status, 202, show(a));
      assert.equal(b.json().job, a.json().job, "same key while pending → the pending job's id");
      assert.notEqual(c.json().job, a.json().job, "another key → another job");
      const kept = await jobState(s.store, a.json().job);
      assert.deepEqual(kept.payload, { v: 1 }, "the deduped push does not replace the payload");
      assert.equal(kept.key, "k1");
      const lonely = await s.store.listJobs("lonely", null, 100);
      assert.equal(lonely.length, 2);

      // On a consumed queue: once the keyed job is done, the same key makes a new job.
      const first = (await call(s.base, "/push/q?key=once", { method: "POST", json: { n: 7 } })).json().job;
      await waitJob(s.store, first, "done");
      const second = (await call(s.base, "/push/q?key=once", { method: "POST", json: { n: 8 } })).json().job;
      assert.match(second, UUID);
      assert.notEqual(second, first, "the key only dedupes while pending");
      await waitJob(s.store, second, "done");
    });

    test("a queue nobody consumes accepts the push and keeps the job pending", async () => {
      const r = await call(s.base, "/push/nobody", { method: "POST", json: { lost: false } });
      assert.equal(r.status, 202, show(r));
      await sleep(200);
      const job = await jobState(s.store, r.json().job);
      assert.equal(job.state, "pending");
      assert.equal(job.attempts, 0);
      const summary = await adminCall(s, "/_kitwork/queues");
      assert.equal(summary.status, 200, show(summary));
      const row = summary.json().find((x: { queue: string }) => x.queue === "nobody");
      assert.equal(row?.pending, 1, show(summary));
    });

    test("an oversize payload (> 256 KiB) is refused with a clear error that the script can catch", async () => {
      const r = await call(s.base, "/big", { method: "POST", json: { size: 300_000 } });
      assert.equal(r.status, 413, show(r));
      assert.match(r.json().caught, /payload too large: \d+ bytes \(limit 262144\)/);
      const ok = await call(s.base, "/big", { method: "POST", json: { size: 1000 } });
      assert.equal(ok.status, 202, show(ok));
      assert.equal((await s.store.listJobs("big", null, 10)).length, 1, "only the small payload was kept");
    });

    test("the payload limit is exact: 256 KiB of JSON is accepted, one byte more is refused", async () => {
      // {"blob":"xxx…"} is the blob's length + 11 bytes of JSON.
      const at = await s.engine.push("limit", { blob: "x".repeat(MAX_PAYLOAD_BYTES - 11) });
      assert.match(at, UUID);
      await assert.rejects(s.engine.push("limit", { blob: "x".repeat(MAX_PAYLOAD_BYTES - 10) }), /payload too large: 262145 bytes \(limit 262144\)/);
    });

    // -------------------------------------------------------------- retries and dead jobs

    test("retries go through the store: a consumer throwing on attempts 1–2 with w.retry(2, \"10ms\") succeeds on attempt 3", async () => {
      const id = await s.engine.push("flaky", { n: 1 });
      const job = await waitJob(s.store, id, "done");
      assert.equal(job.attempts, 3, "three attempts counted in the store");
      const runs = await runsOfJob(s.store, id, "flaky");
      assert.deepEqual(runs.map((r) => [r.attempt, r.status]), [[1, "failed"], [2, "failed"], [3, "succeeded"]], JSON.stringify(runs.map((r) => [r.attempt, r.status, r.error])));
      assert.match(runs[0]!.error!, /flaky attempt 1/);
      assert.match(runs[1]!.error!, /flaky attempt 2/);
      assert.equal(runs[2]!.error, null);
      assert.ok(runs.every((r) => r.trigger === "queue"));
    });

    test("w.retry(1, …) and always failing: the job is dead after 2 attempts, kept with its error", async () => {
      const id = await s.engine.push("doomed", { n: 1 });
      const job = await waitJob(s.store, id, "dead");
      assert.equal(job.attempts, 2);
      assert.match(job.error ?? "", /doomed 1/);
      assert.deepEqual(job.payload, { n: 1 });
      const runs = await runsOfJob(s.store, id, "doomed");
      assert.deepEqual(runs.map((r) => [r.attempt, r.status]), [[1, "failed"], [2, "failed"]]);
      await sleep(100);
      assert.equal((await runsOfJob(s.store, id)).length, 2, "a dead job is not run again");
    });

    test("fail(400, …) makes the job dead at once: not retried despite w.retry(3, …)", async () => {
      const id = await s.engine.push("refused", { n: 1 });
      const job = await waitJob(s.store, id, "dead");
      assert.equal(job.attempts, 1);
      assert.match(job.error ?? "", /fail\(400\): bad input 1/);
      await sleep(100);
      const runs = await runsOfJob(s.store, id, "refused");
      assert.deepEqual(runs.map((r) => [r.attempt, r.status]), [[1, "failed"]]);
    });

    // -------------------------------------------------------------- the CLI

    test("kitwork queue dead lists the dead jobs with their errors", async () => {
      const dead = (await s.store.listJobs(null, "dead", 100)).map((j) => j.id);
      assert.ok(dead.length >= 2, "the previous tests left dead jobs");
      const args = ["queue", "dead", ...storeArgs(s)];
      const r = await cli(args);
      assert.equal(r.code, 0, showCli(args, r));
      assert.match(r.out, /^id\s+queue\s+attempts\s+error\s+created$/m, showCli(args, r));
      for (const id of dead) assert.ok(r.out.includes(id), `${id} listed\n${showCli(args, r)}`);
      assert.match(r.out, /doomed 1/);
      const json = ["queue", "dead", "refused", "--json", ...storeArgs(s)];
      const j = await cli(json);
      assert.equal(j.code, 0, showCli(json, j));
      const list = JSON.parse(j.out) as Job[];
      assert.equal(list.length, 1, showCli(json, j));
      assert.equal(list[0]!.queue, "refused");
      assert.match(list[0]!.error!, /bad input 1/);
      // One line per job, its creation time (UTC, with its age) on the same line: a multi-line error must not break the table.
      const rows = r.out.trimEnd().split("\n").slice(2);
      assert.equal(rows.length, dead.length, `one table line per dead job\n${showCli(args, r)}`);
      assert.ok(rows.every((l) => /^[0-9a-f-]{36}\s.*\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ \((just now|\d+ (s|min) ago)\)$/.test(l)), `each row ends with its creation time\n${showCli(args, r)}`);
    });

    test("kitwork queue redrive <q> brings the dead jobs back and they run again (after the consumer is fixed)", async () => {
      const [dead] = await s.store.listJobs("refused", "dead", 10);
      assert.ok(dead);
      writeWork(s.dir, "refused.js", REFUSED_FIXED);
      s.engine.reload(["refused.js"]);
      const args = ["queue", "redrive", "refused", ...storeArgs(s)];
      const r = await cli(args);
      assert.equal(r.code, 0, showCli(args, r));
      assert.equal(r.out.trim(), "redriven 1", showCli(args, r));
      const job = await waitJob(s.store, dead.id, "done");
      assert.equal(job.attempts, 1, "attempts start again from 1");
      assert.equal(job.error, null);
      const runs = await runsOfJob(s.store, dead.id, "refused");
      assert.deepEqual(runs.map((x) => [x.attempt, x.status]), [[1, "failed"], [1, "succeeded"]]);
      const again = await cli(args);
      assert.equal(again.out.trim(), "redriven 0", "nothing left to redrive");
    });

    test("kitwork queue ls prints counts per queue and state (table and --json)", async () => {
      const args = ["queue", "ls", ...storeArgs(s)];
      const r = await cli(args);
      assert.equal(r.code, 0, showCli(args, r));
      assert.match(r.out, /^queue\s+pending\s+leased\s+done\s+dead$/m, showCli(args, r));
      assert.match(r.out, /^nobody\s+1\s+0\s+0\s+0$/m, showCli(args, r));
      assert.match(r.out, /^doomed\s+0\s+0\s+0\s+1$/m, showCli(args, r));
      const j = await cli([...args, "--json"]);
      const rows = JSON.parse(j.out) as Array<Record<string, number | string>>;
      const q = rows.find((x) => x.queue === "q");
      assert.ok(q && (q.done as number) >= 53 && q.pending === 0, j.out);
    });

    test("kitwork queue purge <q> deletes the queue's pending and dead jobs", async () => {
      const pending = (await s.store.listJobs("lonely", null, 10)).map((j) => j.id);
      assert.equal(pending.length, 2);
      const args = ["queue", "purge", "lonely", ...storeArgs(s)];
      const r = await cli(args);
      assert.equal(r.code, 0, showCli(args, r));
      assert.equal(r.out.trim(), "purged 2");
      for (const id of pending) assert.equal(await s.store.getJob(id), null);
      const done = (await s.store.listJobs("q", "done", 1000)).length;
      const r2 = await cli(["queue", "purge", "q", ...storeArgs(s)]);
      assert.equal(r2.out.trim(), "purged 0", "done jobs are not purged (they are history)");
      assert.equal((await s.store.listJobs("q", "done", 1000)).length, done);
    });

    test("kitwork runs ls filters by work and status (table and --json)", async () => {
      const failed = await s.store.listRuns({ work: "doomed", status: "failed", limit: 100 });
      assert.ok(failed.length >= 2);
      const args = ["runs", "ls", "--work", "doomed", "--status", "failed", ...storeArgs(s)];
      const r = await cli(args);
      assert.equal(r.code, 0, showCli(args, r));
      assert.match(r.out, /^id\s+work\s+trigger\s+status\s+attempt\s+started\s+took\s+error/m, showCli(args, r));
      for (const run of failed) assert.ok(r.out.includes(run.id), showCli(args, r));
      const j = await cli([...args, "--json"]);
      const list = JSON.parse(j.out) as RunRecord[];
      assert.deepEqual(new Set(list.map((x) => x.id)), new Set(failed.map((x) => x.id)));
      const bad = await cli(["runs", "ls", "--status", "exploded", ...storeArgs(s)]);
      assert.notEqual(bad.code, 0, showCli(["runs", "ls", "--status", "exploded"], bad));
      assert.match(bad.err, /unknown run status "exploded"/);
      // One line per run: a multi-line error (its code frame) must not break the table.
      const rows = r.out.trimEnd().split("\n").slice(2);
      assert.equal(rows.length, failed.length, `one table line per run\n${showCli(args, r)}`);
      assert.ok(rows.every((l) => /^[0-9a-f-]{36}\s+doomed\s+queue\s+failed\b/.test(l)), showCli(args, r));
    });

    test("kitwork runs show prints the run with its logs and its job; an unknown id exits non-zero", async () => {
      const [run] = await s.store.listRuns({ work: "doomed", limit: 1 });
      assert.ok(run);
      const args = ["runs", "show", run.id, "--json", ...storeArgs(s)];
      const r = await cli(args);
      assert.equal(r.code, 0, showCli(args, r));
      const shown = JSON.parse(r.out);
      assert.equal(shown.id, run.id);
      assert.equal(shown.work, "doomed");
      assert.equal(shown.status, "failed");
      assert.match(shown.error, /doomed 1/);
      assert.equal(shown.job.id, run.jobId);
      assert.equal(shown.job.state, "dead");
      const none = await cli(["runs", "show", "no-such-run", ...storeArgs(s)]);
      assert.equal(none.code, 1);
      assert.match(none.err, /no run no-such-run/);
    });

    test("kitwork runs retry <id> pushes the run's job again: a new job with the same payload, which runs", async () => {
      const original = await s.engine.push("echo", { hello: "again" });
      await waitJob(s.store, original, "done");
      const [run] = await runsOfJob(s.store, original, "echo");
      assert.ok(run);
      const args = ["runs", "retry", run.id, ...storeArgs(s)];
      const r = await cli(args);
      assert.equal(r.code, 0, showCli(args, r));
      const out = JSON.parse(r.out);
      assert.equal(out.queue, "echo");
      assert.match(out.job, UUID);
      assert.notEqual(out.job, original);
      const job = await waitJob(s.store, out.job, "done");
      assert.deepEqual(job.payload, { hello: "again" });
      assert.equal((await runsOfJob(s.store, out.job, "echo")).length, 1);
    });

    test("kitwork runs cancel <id> drops the pending retry; cancelling a succeeded run is refused", async () => {
      const id = await s.engine.push("later", { n: 1 });
      const job = await waitJob(s.store, id, "pending", undefined, (j) => j.attempts === 1);
      assert.ok(job.runAt > Date.now() + 3_000_000, "the retry is scheduled an hour later");
      const [run] = await runsOfJob(s.store, id, "later");
      assert.ok(run);
      const args = ["runs", "cancel", run.id, ...storeArgs(s)];
      const r = await cli(args);
      assert.equal(r.code, 0, showCli(args, r));
      assert.deepEqual(JSON.parse(r.out), { cancelled: true, jobDropped: true });
      assert.equal((await s.store.getRun(run.id))?.status, "cancelled");
      const after = await jobState(s.store, id);
      assert.equal(after.state, "dead");
      assert.equal(after.error, "cancelled");

      const [ok] = await s.store.listRuns({ work: "echo", status: "succeeded", limit: 1 });
      const refused = await cli(["runs", "cancel", ok!.id, ...storeArgs(s)]);
      assert.equal(refused.code, 1, showCli(["runs", "cancel", ok!.id], refused));
      assert.match(refused.err, /already succeeded/);
    });

    // -------------------------------------------------------------- the admin API

    test("GET /_kitwork/queues summarises every queue by state", async () => {
      const r = await adminCall(s, "/_kitwork/queues");
      assert.equal(r.status, 200, show(r));
      const rows = r.json() as Array<Record<string, unknown>>;
      const byName = Object.fromEntries(rows.map((x) => [x.queue, x]));
      assert.deepEqual(byName.nobody, { queue: "nobody", pending: 1, leased: 0, done: 0, dead: 0 });
      assert.ok((byName.q!.done as number) >= 53);
    });

    test("POST /_kitwork/queues/:name pushes a job (202 {job}) and its consumer runs it", async () => {
      const r = await adminCall(s, "/_kitwork/queues/echo", { method: "POST", json: { hello: 1 } });
      assert.equal(r.status, 202, show(r));
      const body = r.json();
      assert.match(body.job, UUID);
      const job = await waitJob(s.store, body.job, "done");
      assert.deepEqual(job.payload, { hello: 1 });
      const runs = await runsOfJob(s.store, body.job, "echo");
      assert.equal(runs.length, 1);
      assert.equal(runs[0]!.trigger, "queue");
    });

    test("POST /_kitwork/queues/:name?key=… dedupes while pending", async () => {
      const a = await adminCall(s, "/_kitwork/queues/parked?key=p1", { method: "POST", json: { v: 1 } });
      const b = await adminCall(s, "/_kitwork/queues/parked?key=p1", { method: "POST", json: { v: 2 } });
      assert.equal(a.status, 202, show(a));
      assert.equal(b.status, 202, show(b));
      assert.equal(b.json().job, a.json().job);
    });

    test("POST /_kitwork/queues/:name?delay=<ms> delays the job", async () => {
      const before = Date.now();
      const ms = await adminCall(s, "/_kitwork/queues/parked?delay=60000", { method: "POST", json: { d: "ms" } });
      assert.equal(ms.status, 202, show(ms));
      const j1 = await jobState(s.store, ms.json().job);
      // run_at is on the store's clock, which the engine reads through an offset it measures: a few ms either way of this process's.
      assert.ok(j1.runAt >= before + 60_000 - CLOCK_SLACK_MS && j1.runAt <= Date.now() + 60_000 + CLOCK_SLACK_MS, `run_at ${j1.runAt - before} ms after the push`);
    });

    test("POST /_kitwork/queues/:name?delay=1s is understood as a duration or refused with a 400; ?delay=soon is a 400 — never a 500", async () => {
      const before = Date.now();
      const dur = await adminCall(s, "/_kitwork/queues/parked?delay=1s", { method: "POST", json: { d: "duration" } });
      assert.ok(dur.status === 202 || dur.status === 400, `?delay=1s: expected 202 (delayed 1 s) or 400, got ${show(dur)}`);
      if (dur.status === 202) {
        const j2 = await jobState(s.store, dur.json().job);
        assert.ok(j2.runAt >= before + 1000 - CLOCK_SLACK_MS, `run_at ${j2.runAt - before} ms after the push`);
      } else assert.match(dur.json().error, /delay/);
      const bad = await adminCall(s, "/_kitwork/queues/parked?delay=soon", { method: "POST", json: { d: "bad" } });
      assert.equal(bad.status, 400, `?delay=soon: expected a 400 with a clear error, got ${show(bad)}`);
    });

    test("POST /_kitwork/queues/:name with malformed JSON is a 400 and pushes nothing", async () => {
      const n = (await s.store.listJobs("parked", null, 100)).length;
      const malformed = await adminCall(s, "/_kitwork/queues/parked", { method: "POST", body: "{not json", headers: { "content-type": "application/json" } });
      assert.equal(malformed.status, 400, show(malformed));
      assert.match(malformed.json().error, /malformed JSON/);
      assert.equal((await s.store.listJobs("parked", null, 100)).length, n);
    });

    test("GET /_kitwork/queues/:name/dead lists dead jobs; POST …/redrive {job} brings one back; it runs again", async () => {
      const id = await s.engine.push("doomed", { n: 2 });
      await waitJob(s.store, id, "dead");
      const dead = await adminCall(s, "/_kitwork/queues/doomed/dead");
      assert.equal(dead.status, 200, show(dead));
      const list = dead.json() as Job[];
      assert.deepEqual(new Set(list.map((j) => j.id)).has(id), true, show(dead));
      assert.ok(list.every((j) => j.state === "dead" && j.queue === "doomed"));
      assert.match(list.find((j) => j.id === id)!.error!, /doomed 2/);

      const r = await adminCall(s, "/_kitwork/queues/doomed/redrive", { method: "POST", json: { job: id } });
      assert.equal(r.status, 200, show(r));
      assert.deepEqual(r.json(), { redriven: 1 });
      // It runs again (and, still failing, dies again after its two attempts).
      const ok = await eventually(async () => (await runsOfJob(s.store, id)).length === 4 && (await s.store.getJob(id))?.state === "dead");
      assert.ok(ok, JSON.stringify(await runsOfJob(s.store, id)));
      const other = (await s.store.listJobs("doomed", "dead", 10)).find((j) => j.id !== id);
      assert.ok(other, "the other dead job of the queue was left alone");
      assert.equal((await runsOfJob(s.store, other.id)).length, 2);

      const missing = await adminCall(s, "/_kitwork/queues/doomed/redrive", { method: "POST", json: { job: "no-such-job" } });
      assert.equal(missing.status, 404, show(missing));
    });

    test("DELETE /_kitwork/queues/:name purges pending and dead jobs", async () => {
      const before = (await s.store.listJobs("parked", null, 100)).length;
      assert.ok(before >= 2);
      const r = await adminCall(s, "/_kitwork/queues/parked", { method: "DELETE" });
      assert.equal(r.status, 200, show(r));
      assert.deepEqual(r.json(), { purged: before });
      assert.equal((await s.store.listJobs("parked", null, 100)).length, 0);
    });

    test("GET /_kitwork/runs?status=failed&work=… filters; GET /_kitwork/runs/:id shows one run with its job", async () => {
      const r = await adminCall(s, "/_kitwork/runs?status=failed&work=doomed");
      assert.equal(r.status, 200, show(r));
      const runs = r.json() as RunRecord[];
      assert.ok(runs.length >= 4);
      assert.ok(runs.every((x) => x.status === "failed" && x.work === "doomed"), show(r));
      const q = await adminCall(s, "/_kitwork/runs?work=consumer&limit=5");
      assert.equal(q.json().length, 5);
      assert.ok(q.json().every((x: RunRecord) => x.work === "consumer" && x.status === "succeeded"));

      const one = await adminCall(s, `/_kitwork/runs/${runs[0]!.id}`);
      assert.equal(one.status, 200, show(one));
      assert.equal(one.json().id, runs[0]!.id);
      assert.equal(one.json().job.id, runs[0]!.jobId);

      const missing = await adminCall(s, "/_kitwork/runs/no-such-run");
      assert.equal(missing.status, 404, show(missing));
      assert.match(missing.json().error, /no run no-such-run/);
      const bad = await adminCall(s, "/_kitwork/runs?status=exploded");
      assert.equal(bad.status, 400, show(bad));
      const unknown = await adminCall(s, "/_kitwork/nothing-here");
      assert.equal(unknown.status, 404, show(unknown));
    });

    test("POST /_kitwork/runs/:id/retry (202 {job}) and /cancel", async () => {
      const [run] = await s.store.listRuns({ work: "consumer", status: "succeeded", limit: 1 });
      assert.ok(run);
      const original = await jobState(s.store, run.jobId!);
      const r = await adminCall(s, `/_kitwork/runs/${run.id}/retry`, { method: "POST" });
      assert.equal(r.status, 202, show(r));
      assert.equal(r.json().queue, "q");
      const job = await waitJob(s.store, r.json().job, "done");
      assert.deepEqual(job.payload, original.payload);

      const id = await s.engine.push("later", { n: 2 });
      await waitJob(s.store, id, "pending", undefined, (j) => j.attempts === 1);
      const [failed] = await runsOfJob(s.store, id, "later");
      const c = await adminCall(s, `/_kitwork/runs/${failed!.id}/cancel`, { method: "POST" });
      assert.equal(c.status, 200, show(c));
      assert.deepEqual(c.json(), { cancelled: true, jobDropped: true });
      assert.equal((await jobState(s.store, id)).state, "dead");

      // An HTTP run has no stored input: it cannot be retried.
      const httpRun = { id: "http-run-1", work: "producer", version: "v", trigger: "http", status: "failed" as const, attempt: 1, startedAt: Date.now(), finishedAt: Date.now(), error: "x", resultSize: 0, logs: [], jobId: null };
      await s.store.recordRun(httpRun);
      const h = await adminCall(s, `/_kitwork/runs/${httpRun.id}/retry`, { method: "POST" });
      assert.equal(h.status, 409, show(h));
    });

    test("an oversize push over the admin API is a 400 with a clear error", async () => {
      const r = await adminCall(s, "/_kitwork/queues/echo", { method: "POST", json: { blob: "x".repeat(300_000) } });
      assert.equal(r.status, 400, show(r));
      assert.match(r.json().error, /payload too large: \d+ bytes \(limit 262144\)/);
    });

    test("with a token set, localhost needs it too: 401 without it, 200 with it (behind a same-host proxy every peer is loopback)", async () => {
      const r = await call(s.base, "/_kitwork/queues");
      assert.equal(r.status, 401, show(r));
      assert.match(r.json().error, /Authorization: Bearer/);
      const withToken = await adminCall(s, "/_kitwork/queues");
      assert.equal(withToken.status, 200, show(withToken));
    });
  });

  describe(`queues with an injected clock on ${backend.kind}`, { skip: backend.skip }, () => {
    const clock = manualClock(Date.now());
    let s: Booted;
    before(async () => {
      s = await boot(await backend.fresh(), { "producer.js": PRODUCER, "consumer.js": CONSUMER, "slow.js": SLOW_RETRY }, { clock });
      assert.deepEqual(s.problems, []);
    });
    after(() => s?.close());

    test("push with {delay: \"1s\"}: not claimable before its time, runs once the clock reaches it", async () => {
      const r = await call(s.base, "/push/q?delay=1s", { method: "POST", json: { n: "delayed" } });
      assert.equal(r.status, 202, show(r));
      const id = r.json().job;
      const job = await jobState(s.store, id);
      assert.equal(job.runAt, clock.t + 1000);
      await sleep(150); // the consumer polls every 20 ms
      assert.equal((await jobState(s.store, id)).state, "pending");
      assert.equal((await s.store.claimJobs("q", "test", 1000, 10, clock.t + 999)).length, 0, "not claimable 1 ms before its time");
      clock.advance(999);
      await sleep(150);
      let j = await jobState(s.store, id);
      assert.equal(j.state, "pending", "not run 1 ms early");
      assert.equal(j.attempts, 0);
      clock.advance(1);
      j = await waitJob(s.store, id, "done");
      assert.equal(j.attempts, 1);
      const [run] = await runsOfJob(s.store, id, "consumer");
      assert.deepEqual(run?.logs[0]?.args, ["got", { n: "delayed" }, "queue", 1]);
      assert.equal(run?.startedAt, clock.t, "run timings come from the injected clock");
    });

    test("push with {key, ttl: \"24h\"}: a redelivery after the job is done is dropped for 24 h, then pushed anew", async () => {
      const push = async () => {
        const r = await call(s.base, "/push/q?key=evt-1&ttl=24h", { method: "POST", json: { n: "hook" } });
        assert.equal(r.status, 202, show(r));
        return r.json().job as string;
      };
      const keyed = async () => (await s.store.listJobs("q", null, 1000)).filter((j) => j.key === "evt-1");
      const id = await push();
      await waitJob(s.store, id, "done");
      assert.equal(await push(), id, "the redelivery gets the first job's id");
      clock.advance(24 * 3_600_000 - 1);
      assert.equal(await push(), id, "still inside the window");
      assert.deepEqual((await keyed()).map((j) => [j.id, j.state]), [[id, "done"]], "nothing was enqueued");
      clock.advance(1);
      const next = await push();
      assert.notEqual(next, id, "the window is over");
      await waitJob(s.store, next, "done");
      assert.equal((await keyed()).length, 2);
    });

    test("a ttl without a key, or a ttl that is not a duration, is refused with an error naming it", async () => {
      const noKey = await call(s.base, "/push/q?ttl=24h", { method: "POST", json: {} });
      assert.equal(noKey.status, 500, show(noKey));
      assert.match(noKey.json().error, /push\(\): ttl "24h" needs a key/);
      const bad = await call(s.base, "/push/q?key=k&ttl=soon", { method: "POST", json: {} });
      assert.equal(bad.status, 500, show(bad));
      assert.match(bad.json().error, /push\(\): invalid duration "soon"/);
      const zero = await call(s.base, "/push/q?key=k&ttl=0s", { method: "POST", json: {} });
      assert.match(zero.json().error, /push\(\): ttl must be longer than 0/);
      assert.equal((await s.store.listJobs("q", null, 1000)).filter((j) => j.key === "k").length, 0, "nothing was pushed");
    });

    test("engine.push({delayMs}) and a delay string in a work agree", async () => {
      const id = await s.engine.push("q", { n: "pushed" }, { delayMs: 5000 });
      assert.equal((await jobState(s.store, id)).runAt, clock.t + 5000);
      clock.advance(5000);
      await waitJob(s.store, id, "done");
    });

    test("a lease held by a crashed worker expires and the consumer takes the job over (attempt 2); the old owner cannot complete it", async () => {
      // Due only in 10 s for the engine, so the test's fake worker leases it first.
      const t0 = clock.t;
      const { id } = await s.store.pushJob("q", { n: "orphan" }, { runAt: t0 + 10_000 });
      const [leased] = await s.store.claimJobs("q", "crashed-worker", 5_000, 1, t0 + 10_000);
      assert.equal(leased?.id, id);
      clock.set(t0 + 10_000);
      await sleep(150);
      let j = await jobState(s.store, id);
      assert.equal(j.state, "leased", "a live lease is respected");
      assert.equal(j.leaseOwner, "crashed-worker");
      clock.set(t0 + 15_000);
      await sleep(150);
      assert.equal((await jobState(s.store, id)).leaseOwner, "crashed-worker", "not taken over before the lease expires");
      clock.set(t0 + 15_001);
      j = await waitJob(s.store, id, "done");
      assert.equal(j.attempts, 2);
      const runs = await runsOfJob(s.store, id, "consumer");
      assert.deepEqual(runs.map((r) => [r.attempt, r.status]), [[2, "succeeded"]]);
      assert.deepEqual(runs[0]!.logs[0]!.args, ["got", { n: "orphan" }, "queue", 2], "w.attempt counts the lost attempt");
      const late = { id: "late-run", work: "consumer", version: "v", trigger: "queue", status: "succeeded" as const, attempt: 1, startedAt: t0, finishedAt: t0, error: null, resultSize: 0, logs: [], jobId: id };
      assert.equal(await s.store.completeJob(id, "crashed-worker", late), false, "the old owner lost its lease");
      assert.equal(await s.store.getRun("late-run"), null, "and records no run");
    });

    test("a retry waits in the store (pending, run_at = now + delay), not in a blocked process", async () => {
      const id = await s.engine.push("slow", { n: 1 });
      const waiting = await waitJob(s.store, id, "pending", undefined, (j) => j.attempts === 1);
      assert.equal(waiting.runAt, clock.t + 3_600_000, "retried an hour later");
      assert.match(waiting.error ?? "", /first attempt fails/);
      assert.equal(waiting.leaseOwner, null, "no lease is held while waiting");
      await sleep(150);
      assert.equal((await runsOfJob(s.store, id)).length, 1);
      clock.advance(3_600_000);
      const done = await waitJob(s.store, id, "done");
      assert.equal(done.attempts, 2);
      assert.deepEqual((await runsOfJob(s.store, id)).map((r) => [r.attempt, r.status]), [[1, "failed"], [2, "succeeded"]]);
    });
  });
}

// ------------------------------------------------------------------ admin token

describe("wake-ups: a push from another process starts its job without waiting for a poll", () => {
  const pg = BACKENDS.find((b) => b.kind === "postgres")!;
  test("on PostgreSQL the push's NOTIFY wakes the consumer (its poll is an hour); the node listens on one connection", { skip: pg.skip }, async () => {
    const url = await pg.fresh();
    const s = await boot(url, { "echo.js": ECHO }, { pollMs: 3_600_000 });
    const other = await openStore(url);
    try {
      assert.deepEqual(s.problems, []);
      // Once the node listens, its consumers rely on wake-ups (the first claim ran at start).
      assert.ok(await eventually(() => s.engine.consumer("echo")?.notified === true, 60_000), "the node listens for wake-ups within a minute");
      const { id } = await other.pushJob("echo", { from: "another process" }, { runAt: Date.now() });
      const job = await waitJob(s.store, id, "done", 60_000);
      assert.equal(job.attempts, 1);
    } finally {
      await other.close();
      await s.close();
    }
  });

  test("when the listening connection drops, consumers poll again; once it is back they rely on wake-ups again", { skip: pg.skip }, async () => {
    const url = await pg.fresh();
    const s = await boot(url, { "echo.js": ECHO }, { pollMs: 50 });
    const other = await openStore(url);
    const admin = new PgClient({ connectionString: url });
    await admin.connect();
    try {
      const consumer = () => s.engine.consumer("echo");
      assert.ok(await eventually(() => consumer()?.notified === true, 60_000), "the node listens for wake-ups within a minute");
      // The listening connection of this store's channel is ended by the server.
      const channel = (await admin.query(`SELECT 'kw_jobs_' || left(md5(current_schema()), 16) AS c`)).rows[0].c as string;
      const ended = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1`, [`LISTEN "${channel}"`]);
      assert.equal(ended.rowCount, 1, "one listening connection for the node");
      assert.ok(await eventually(() => consumer()?.notified === false, 60_000, 5), "the consumer falls back to polling");
      // Pushed while nothing listens: the poll finds it.
      const { id } = await other.pushJob("echo", { while: "not listening" }, { runAt: Date.now() });
      assert.equal((await waitJob(s.store, id, "done", 60_000)).attempts, 1);
      assert.ok(await eventually(() => consumer()?.notified === true, 60_000), "the node listens again");
      const again = await other.pushJob("echo", { while: "listening again" }, { runAt: Date.now() });
      assert.equal((await waitJob(s.store, again.id, "done", 60_000)).attempts, 1);
    } finally {
      await admin.end();
      await other.close();
      await s.close();
    }
  });
});

describe("admin API token (authorize() with fake requests: a non-local address cannot be faked in-process)", () => {
  const req = (remoteAddress: string, authorization?: string) => ({ socket: { remoteAddress }, headers: authorization === undefined ? {} : { authorization } }) as unknown as http.IncomingMessage;
  const statusOf = (f: () => void): number | "ok" => {
    try {
      f();
      return "ok";
    } catch (e) {
      return (e as { status?: number }).status ?? -1;
    }
  };

  test("from 10.0.0.5 without a token: 401 with a message naming the header", () => {
    assert.equal(statusOf(() => authorize(req("10.0.0.5"), "t0k")), 401);
    assert.throws(() => authorize(req("10.0.0.5"), "t0k"), /Authorization: Bearer/);
  });
  test("from 10.0.0.5 with the right token: allowed", () => {
    assert.equal(statusOf(() => authorize(req("10.0.0.5", "Bearer t0k"), "t0k")), "ok");
  });
  test("from 10.0.0.5 with a wrong token: 401", () => {
    assert.equal(statusOf(() => authorize(req("10.0.0.5", "Bearer nope"), "t0k")), 401);
    assert.equal(statusOf(() => authorize(req("10.0.0.5", "t0k-and-more"), "t0k")), 401);
  });
  test("from 10.0.0.5 when no token is configured: refused (403), whatever the header says", () => {
    assert.equal(statusOf(() => authorize(req("10.0.0.5"), undefined)), 403);
    assert.equal(statusOf(() => authorize(req("10.0.0.5", "Bearer "), undefined)), 403);
    assert.equal(statusOf(() => authorize(req("10.0.0.5", "Bearer "), "")), 403);
  });
  test("from localhost (127.0.0.1, ::1, ::ffff:127.0.0.1) when a token is set: 401 without it, allowed with it", () => {
    for (const a of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
      assert.equal(statusOf(() => authorize(req(a), "t0k")), 401, a);
      assert.equal(statusOf(() => authorize(req(a, "Bearer t0k"), "t0k")), "ok", a);
    }
  });
  test("from localhost (127.0.0.1, ::1, ::ffff:127.0.0.1) when no token is configured: allowed", () => {
    for (const a of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) assert.equal(statusOf(() => authorize(req(a), undefined)), "ok", a);
  });
});

// ------------------------------------------------------------------ the crash test

for (const [fixture, what] of [
  ["crash", "a fleet-wide concurrency of 4"],
  ["crash-prefetch", "perNode 4 and 200 claimed ahead"],
] as const) describe(`crash test: kill -9 half-way through 2,000 jobs, then restart (real processes, SQLite store; ${what})`, () => {
  test("every job completes, none is lost, and jobs run twice ≤ jobs in flight at the kill", { timeout: testTimeout(15) }, async (t) => {
    ensureBuilt();
    const tmp = tempDir(fixture);
    const storeUrl = `sqlite:${path.join(tmp, "state.db")}`;
    const dataFile = path.join(tmp, "data.db");
    const N = 2000;
    const store = await openStore(storeUrl);
    try {
      for (let i = 0; i < N; i++) await store.pushJob("crash", { n: i }, { runAt: Date.now() });
      const counts = async () => {
        const c = { pending: 0, leased: 0, done: 0, dead: 0 };
        for (const r of await store.queueCounts()) if (r.queue === "crash") c[r.state] = Number(r.count);
        return c;
      };
      const args = ["--store", storeUrl, "--db", `sqlite:${dataFile}`];
      const dir = path.join(FIXTURES, fixture);

      const first = await startEngine(dir, args, tmp);
      let seen = await counts();
      const midway = await eventually(async () => (seen = await counts()).done >= 400, undefined, 5);
      await kill9(first);
      assert.ok(midway, `gave up waiting for the first engine to complete 400 jobs: ${JSON.stringify(seen)}\n${first.err()}`);
      const atKill = await counts();
      t.diagnostic(`at the kill: ${JSON.stringify(atKill)}`);
      assert.ok(atKill.done < N, `the kill came too late to test anything: ${JSON.stringify(atKill)}`);
      assert.equal(atKill.pending + atKill.leased + atKill.done, N, "no job lost at the kill");

      const second = await startEngine(dir, args, tmp);
      let end = await counts();
      const finished = await eventually(async () => (end = await counts()).done === N, 5 * 60_000, 50);
      const stopped = await stopEngine(second);
      assert.ok(finished, `gave up waiting (5 min, a hang guard) for every job to complete after the restart: ${JSON.stringify(end)}\n${second.err()}`);
      assert.equal(stopped.code, 0, `graceful shutdown: ${JSON.stringify(stopped)} ${second.err()}`);

      const jobs = await store.listJobs("crash", null, 10 * N);
      assert.equal(jobs.length, N);
      assert.ok(jobs.every((j) => j.state === "done"), "every job done");
      const retaken = jobs.filter((j) => j.attempts > 1);

      const data = new Database(dataFile, { readonly: true });
      let rows: Array<{ job: number; n: number }>;
      try {
        rows = data.prepare(`SELECT job, COUNT(*) AS n FROM done GROUP BY job ORDER BY job`).all() as Array<{ job: number; n: number }>;
      } finally {
        data.close();
      }
      const seenJobs = new Set(rows.map((r) => r.job));
      const lost = Array.from({ length: N }, (_, i) => i).filter((i) => !seenJobs.has(i));
      const twice = rows.filter((r) => r.n > 1);
      const extraRuns = twice.reduce((a, r) => a + r.n - 1, 0);

      const runs = (await store.listRuns({ work: "crash consumer", limit: 10 * N })).filter((r) => r.status === "succeeded");
      const perJob = new Map<string, number>();
      for (const r of runs) perJob.set(r.jobId!, (perJob.get(r.jobId!) ?? 0) + 1);

      t.diagnostic(`jobs: ${N}; in flight (leased) at the kill: ${atKill.leased}; done at the kill: ${atKill.done}; taken over after the lease expired: ${retaken.length}; run twice (side effect seen twice): ${twice.length} job(s), ${extraRuns} extra run(s); lost: ${lost.length}`);
      assert.deepEqual(lost, [], "no job lost: each one's side effect happened");
      assert.ok(twice.length <= atKill.leased, `jobs run twice (${twice.length}) ≤ jobs in flight at the kill (${atKill.leased})`);
      assert.ok(rows.every((r) => r.n <= 2), "no job ran more than twice");
      assert.equal(retaken.length, atKill.leased, "exactly the jobs leased at the kill were taken over (attempt 2)");
      assert.equal(perJob.size, N, "a succeeded run record for every job");
      assert.ok([...perJob.values()].every((n) => n === 1), "exactly one succeeded run record per job (completion and record are one transaction)");
    } finally {
      await store.close();
    }
  });
});
