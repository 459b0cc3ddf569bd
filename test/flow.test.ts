// Fleet-wide flow control (docs/cluster.md, "Fleet-wide flow control"; engine/flow.ts):
// w.rateLimit(n, per) and the declared concurrency of a work's queues, held through the
// store by every engine sharing it.
//
// - In this process, on SQLite and PostgreSQL: two engines on one store share a work's
//   rate window (HTTP beyond it: 429 with Retry-After and a JSON message; queue jobs beyond
//   it wait pending, no attempt charged), and a queue of concurrency 1 consumed by both
//   runs one job at a time; settings that could bound nothing are refused at load.
// - Real `kitwork start` processes on one PostgreSQL store: rateLimit(2, "1s") over a
//   backlog runs at most 2 jobs per window of the database's clock (start times recorded
//   by the jobs themselves with clock_timestamp()); HTTP on either node answers 429 beyond
//   the work's limit; concurrency(1) across two nodes never overlaps (start and end
//   recorded in a table).
//
// No duration is asserted: windows are counted on recorded timestamps, overlaps by
// order; guards are generous and say what they waited for.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import pg from "pg";
import { Engine } from "../src/engine/engine.ts";
import { DEFAULT_LEASE_MS } from "../src/engine/cluster.ts";
import { type Store, openStore } from "../src/store/index.ts";
import { testTimeout } from "./fixtures/guard.ts";
import { type Booted, PG_URL, backends, boot, call, ensureBuilt, eventually, manualClock, removeTempDirs, show, worksDir } from "./fixtures/jobs/harness.ts";
import { type Sink, logsOf, sink, startNode, stopNodes } from "./fixtures/cluster/nodes.ts";

const all = await backends("flow");
const postgres = all.find((b) => b.kind === "postgres")!;

after(async () => {
  await stopNodes();
  for (const b of all) await b.dispose();
  removeTempDirs();
});

const q = (s: string) => JSON.stringify(s);
/** A window no test straddles (windows begin at multiples of the period). */
const LONG_WINDOW = "3650d";

async function jobsOf(store: Store, queue: string) {
  return (await store.listJobs(queue, null, 1000)).sort((a, b) => a.createdAt - b.createdAt);
}

for (const backend of all) {
  describe(`flow control through the store: ${backend.kind}`, { skip: backend.skip, timeout: testTimeout(3) }, () => {
    let hits: Sink;
    const booted: Booted[] = [];
    before(async () => {
      hits = await sink();
    });
    after(async () => {
      for (const b of booted.splice(0)) await b.close();
      await hits?.close();
    });

    /** One engine on a fresh store, serving `files`. */
    async function oneNode(files: Record<string, string>, opts: { clock?: ReturnType<typeof manualClock> } = {}): Promise<Booted> {
      const a = await boot(await backend.fresh(), files, opts);
      booted.push(a);
      assert.deepEqual(a.problems, []);
      return a;
    }

    /** A work consuming `queue` whose jobs each call the sink's `/hold/<n>` and wait for its answer. */
    const holding = (queue: string, options: string, sinkUrl: string) =>
      `const w = work(${q(queue)}).queue(${q(queue)}, ${options});\nhttp.get(${q(sinkUrl)} + "/hold/" + w.payload.n, { timeout: "5m" });\nreturn w.payload.n;\n`;

    /** Two engines (two nodes) on one fresh store, serving the same works. */
    async function twoNodes(files: Record<string, string>): Promise<[Booted, Booted]> {
      const url = await backend.fresh();
      const dir = worksDir(files);
      const a = await boot(url, dir);
      const b = await boot(url, dir);
      booted.push(a, b);
      assert.deepEqual([...a.problems, ...b.problems], []);
      return [a, b];
    }

    test("HTTP beyond the work's rate limit gets 429 with Retry-After and a JSON message, from either engine", async () => {
      const [a, b] = await twoNodes({
        "limited.js": `const w = work("limited").get("/limited").rateLimit(3, ${q(LONG_WINDOW)});\nreturn { ok: true };\n`,
        "free.js": `work("free").get("/free");\nreturn { ok: true };\n`,
      });
      const statuses = [];
      for (const base of [a.base, b.base, a.base]) statuses.push((await call(base, "/limited")).status);
      assert.deepEqual(statuses, [200, 200, 200], "three starts fit the window, whichever engine serves them");
      for (const base of [b.base, a.base]) {
        const r = await call(base, "/limited");
        assert.equal(r.status, 429, show(r));
        const retry = Number(r.headers.get("retry-after"));
        assert.ok(Number.isInteger(retry) && retry >= 1, `Retry-After is whole seconds: ${r.headers.get("retry-after")}`);
        const body = r.json();
        assert.match(body.error, /rate limit: the work "limited" runs at most 3 times per 3650d \(rateLimit\(3, "3650d"\)\); try again in/);
        assert.equal(body.work, "limited");
        assert.deepEqual(body.limit, { n: 3, perMs: 3650 * 86_400_000 });
        assert.ok(body.retryAfterMs > 0);
      }
      const head = await fetch(a.base + "/limited", { method: "HEAD" });
      assert.equal(head.status, 429, "HEAD is limited too");
      assert.equal((await call(b.base, "/free")).status, 200, "a work without a limit is not affected");
      // Nothing ran for the refused requests: three run records.
      await a.engine.flushRecords();
      await b.engine.flushRecords();
      assert.equal((await a.store.listRuns({ work: "limited", limit: 100 })).length, 3);
    });

    test("queue jobs beyond the rate limit wait pending: no attempt is charged, none fails", async () => {
      const [a, b] = await twoNodes({
        "paced.js": `const w = work("paced").queue("paced").rateLimit(2, ${q(LONG_WINDOW)});\nreturn w.payload.n;\n`,
      });
      for (let n = 0; n < 5; n++) await (n % 2 ? a : b).engine.push("paced", { n });
      assert.ok(await eventually(async () => (await jobsOf(a.store, "paced")).filter((j) => j.state === "done").length === 2), "two jobs done");
      // Both engines keep polling: more polls, still two.
      for (let i = 0; i < 5; i++) {
        await a.engine.pollAll();
        await b.engine.pollAll();
      }
      await a.engine.idle();
      await b.engine.idle();
      const jobs = await jobsOf(a.store, "paced");
      assert.deepEqual(jobs.map((j) => j.state).sort(), ["done", "done", "pending", "pending", "pending"]);
      for (const j of jobs.filter((x) => x.state === "pending")) assert.equal(j.attempts, 0, `job ${j.id} waits without an attempt charged`);
      assert.deepEqual(a.events.concat(b.events).filter((e) => e.kind === "job-retry" || e.kind === "job-dead" || e.kind === "job-error"), []);
    });

    test("a queue of concurrency 1 consumed by two engines runs one job at a time", async () => {
      const [a, b] = await twoNodes({
        "single.js": `const w = work("single").queue("single", { concurrency: 1 });\nhttp.get(${q(hits.url)} + "/start/" + w.payload.n);\nhttp.get(${q(hits.url)} + "/30/end/" + w.payload.n);\nreturn w.payload.n;\n`,
      });
      const N = 8;
      for (let n = 0; n < N; n++) await (n % 2 ? a : b).engine.push("single", { n });
      assert.ok(await eventually(async () => (await jobsOf(a.store, "single")).every((j) => j.state === "done")), "every job done");
      // The order calls arrived in: start n, end n, start m, end m… — never two starts in a row.
      const calls = [...hits.hits.entries()].flatMap(([p, times]) => times.map((t) => ({ p, t }))).filter((c) => /\/(start|end)\//.test(c.p));
      calls.sort((x, y) => x.t - y.t);
      const order = calls.map((c) => (c.p.includes("/start/") ? "s" : "e")).join("");
      assert.equal(order, "se".repeat(N), `calls in order: ${calls.map((c) => c.p).join(" ")}`);
      const runs = await a.store.listRuns({ work: "single", limit: 100 });
      assert.equal(runs.length, N);
    });

    test("perNode: each node runs that many of the queue's jobs at once, with no fleet-wide cap; prefetch holds more leased in memory, each run once", async () => {
      const held = await sink();
      try {
        const [a, b] = await twoNodes({ "wide.js": holding("wide", "{ perNode: 2, prefetch: 3 }", held.url) });
        const N = 14;
        for (let n = 0; n < N; n++) await (n % 2 ? a : b).engine.push("wide", { n });
        const holds = () => [...held.hits.keys()].filter((p) => p.startsWith("/hold/")).length;
        assert.ok(await eventually(async () => holds() === 4), `two jobs running on each node: ${holds()} held`);
        // Each node holds its 2 running and 3 claimed ahead: 10 leased, the rest pending; more polls change nothing.
        const leased = async () => (await jobsOf(a.store, "wide")).filter((j) => j.state === "leased").length;
        assert.ok(await eventually(async () => (await leased()) === 10), `10 leased: ${await leased()}`);
        for (let i = 0; i < 3; i++) {
          await a.engine.pollAll();
          await b.engine.pollAll();
        }
        assert.equal(holds(), 4, "never more than perNode running on a node");
        assert.equal(await leased(), 10);
        const byNode = new Map<string, number>();
        for (const j of (await jobsOf(a.store, "wide")).filter((x) => x.state === "leased")) {
          const node = j.leaseOwner!.slice(0, j.leaseOwner!.lastIndexOf(":"));
          byNode.set(node, (byNode.get(node) ?? 0) + 1);
        }
        assert.deepEqual([...byNode.values()], [5, 5], "each node holds perNode + prefetch");
        held.release();
        assert.ok(await eventually(async () => (await jobsOf(a.store, "wide")).every((j) => j.state === "done")), "every job done");
        const jobs = await jobsOf(a.store, "wide");
        assert.ok(jobs.every((j) => j.attempts === 1), "each job ran once");
        assert.equal(holds(), N, "each job's call made once");
        await a.engine.flushRecords();
        await b.engine.flushRecords();
        assert.equal((await a.store.listRuns({ work: "wide", limit: 100 })).filter((r) => r.status === "succeeded").length, N, "a succeeded run record per job");
      } finally {
        await held.close();
      }
    });

    test("a job claimed ahead whose lease ended while it waited (the node held past its lease) is not started on it: claimed again, run once", async () => {
      const held = await sink();
      try {
        // The engine's clock is the test's: moving it past the lease while the first job runs is
        // what a node held past its lease sees when that job ends (its renewals and fence never ran).
        const clock = manualClock(Date.now());
        const a = await oneNode({ "stale.js": holding("stale", "{ perNode: 1, prefetch: 3 }", held.url) }, { clock });
        for (let n = 0; n < 4; n++) await a.engine.push("stale", { n });
        assert.ok(await eventually(async () => held.count("/hold/0") === 1), "the first job runs");
        assert.ok(await eventually(async () => (await jobsOf(a.store, "stale")).filter((j) => j.state === "leased").length === 4), "one running, three claimed ahead");
        clock.advance(DEFAULT_LEASE_MS * 6);
        held.release();
        assert.ok(await eventually(async () => (await jobsOf(a.store, "stale")).every((j) => j.state === "done")), "every job done");
        for (let n = 0; n < 4; n++) assert.equal(held.count(`/hold/${n}`), 1, `job ${n} ran once`);
        // The three that waited were dropped unrun and taken again under a new lease: their second attempt.
        assert.deepEqual((await jobsOf(a.store, "stale")).map((j) => j.attempts), [1, 2, 2, 2]);
      } finally {
        await held.close();
      }
    });

    test("a node that stops gives back the jobs it claimed ahead: pending again, no attempt charged", async () => {
      const held = await sink();
      try {
        const a = await oneNode({ "ahead.js": holding("ahead", "{ perNode: 1, prefetch: 4 }", held.url) });
        for (let n = 0; n < 6; n++) await a.engine.push("ahead", { n });
        assert.ok(await eventually(async () => held.count("/hold/0") === 1), "the first job runs");
        assert.ok(await eventually(async () => (await jobsOf(a.store, "ahead")).filter((j) => j.state === "leased").length === 5), "one running, four claimed ahead");
        const reader = await openStore(a.storeUrl);
        const stopping = a.close();
        held.release();
        await stopping;
        const jobs = await jobsOf(reader, "ahead");
        await reader.close();
        assert.deepEqual(jobs.map((j) => [j.state, j.attempts, j.leaseOwner]), [["done", 1, null], ...Array.from({ length: 5 }, () => ["pending", 0, null])]);
        assert.equal([...held.hits.keys()].length, 1, "none of the given-back jobs ran");
        // Another node takes them as fresh jobs.
        const b = await boot(a.storeUrl, a.dir);
        booted.push(b);
        assert.ok(await eventually(async () => (await jobsOf(b.store, "ahead")).every((j) => j.state === "done")), "the given-back jobs run on the next node");
        assert.ok((await jobsOf(b.store, "ahead")).every((j) => j.attempts === 1), "each with its first attempt");
      } finally {
        await held.close();
      }
    });

    test("settings that could bound nothing are refused when the work loads", async () => {
      const url = await backend.fresh();
      const store = await openStore(url);
      try {
        const dir = worksDir({
          "nothing.js": `const w = work("nothing").get("/n");\nw.concurrency(2);\nreturn 1;\n`,
          "zero.js": `const w = work("zero").get("/z");\nw.rateLimit(2, 0);\nreturn 1;\n`,
          "ok.js": `const w = work("ok").get("/ok").queue("ok").concurrency(2).rateLimit(5, "1m");\nreturn 1;\n`,
          "ahead-capped.js": `const w = work("ahead capped").queue("ac", { concurrency: 4, prefetch: 10 });\nreturn 1;\n`,
          "ahead-work-cap.js": `const w = work("ahead work cap").queue("aw", { prefetch: 10 });\nw.concurrency(3);\nreturn 1;\n`,
          "ahead-rate.js": `const w = work("ahead rate").queue("ar", { perNode: 2, prefetch: 10 }).rateLimit(5, "1m");\nreturn 1;\n`,
          "ahead-bad.js": `const w = work("ahead bad").queue("ab", { perNode: 0, prefetch: -1 });\nreturn 1;\n`,
          "per-node.js": `const w = work("per node").queue("pn", { perNode: 8, concurrency: 20 });\nreturn 1;\n`,
        });
        const loaded = new Engine({ dir, store, databases: [], report: () => {} });
        const problems = loaded.loadAll().map((p) => `${p.file}:${p.line}:${p.column + 1} ${p.message}`);
        assert.deepEqual(problems.sort(), [
          'nothing.js:2:1 concurrency(): this work has no queue or schedule — concurrency(n) caps how many of its queue and cron jobs run at once across the fleet; HTTP requests are not queued (bound them with rateLimit(n, per))',
          "zero.js:2:1 rateLimit(): the period must be longer than 0 (got 0)",
          "ahead-bad.js:1:11 queue(): perNode must be a positive integer (got 0)",
          "ahead-capped.js:1:11 queue(): prefetch is for a queue without a fleet-wide cap (its concurrency: 4); jobs claimed ahead would hold the fleet's slots while they wait — use perNode: n to bound each node instead",
          "ahead-rate.js:1:11 queue(): prefetch cannot go with rateLimit() — the limit counts a job's start when it is claimed, and a job claimed ahead could start in a later window",
          "ahead-work-cap.js:1:11 queue(): prefetch is for a queue without a fleet-wide cap (the work's concurrency(3)); jobs claimed ahead would hold the fleet's slots while they wait — use perNode: n to bound each node instead",
        ].sort());
        assert.deepEqual(loaded.list().map((w) => w.name).sort(), ["ok", "per node"]);
      } finally {
        await store.close();
      }
    });
  });
}

// ------------------------------------------------------------------ real nodes on PostgreSQL

describe("flow control across kitwork start nodes on PostgreSQL", { skip: postgres.skip, timeout: testTimeout(4) }, () => {
  before(() => ensureBuilt());
  after(() => stopNodes());

  /** The store's schema, also the works' db(): a table of what each job did, timed by the database's clock. */
  async function cluster(files: Record<string, string>) {
    const url = await postgres.fresh();
    const schema = new URL(url).searchParams.get("options")!.replace("-c search_path=", "");
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE TABLE ${schema}.flow_events (n INTEGER NOT NULL, phase TEXT NOT NULL, node TEXT NOT NULL, at BIGINT NOT NULL)`);
    const dir = worksDir(files);
    const args = ["--db", url, "--lease", "2s"];
    const nodes = [await startNode("a", dir, url, { args, env: { FLOW_NODE: "a" } }), await startNode("b", dir, url, { args, env: { FLOW_NODE: "b" } })];
    const events = async (phase?: string) =>
      (await admin.query(`SELECT n, phase, node, at FROM ${schema}.flow_events ${phase ? "WHERE phase = $1" : ""} ORDER BY at, phase DESC`, phase ? [phase] : [])).rows.map((r) => ({ n: Number(r.n), phase: String(r.phase), node: String(r.node), at: Number(r.at) }));
    const push = async (queue: string, n: number) => {
      const r = await call(nodes[n % 2]!.base, `/push/${queue}`, { method: "POST", json: { n } });
      assert.equal(r.status, 200, show(r));
    };
    return { url, admin, nodes, events, push, schema };
  }

  const record = (phase: string) => `db().raw("INSERT INTO flow_events (n, phase, node, at) VALUES (?, '${phase}', ?, (extract(epoch from clock_timestamp()) * 1000)::bigint)", [w.payload.n, env("FLOW_NODE")]);`;
  const project = (works: Record<string, string>) => ({
    ...works,
    "kitwork.json": JSON.stringify({ env: ["FLOW_NODE"] }),
    "push.js": `const w = work("push").post("/push/:queue");\nreturn queue(w.params.queue).push(w.body);\n`,
  });

  test(`rateLimit(2, "1s"): the fleet starts at most 2 jobs per window of the database's clock; jobs wait, none fails`, async () => {
    const c = await cluster(
      project({
        "paced.js": `const w = work("paced").queue("paced", { concurrency: 4 }).rateLimit(2, "1s");\n${record("start")}\nreturn w.payload.n;\n`,
        "limited.js": `work("limited").get("/limited").rateLimit(2, ${q(LONG_WINDOW)});\nreturn 1;\n`,
      }),
    );
    try {
      const N = 8;
      for (let n = 0; n < N; n++) await c.push("paced", n);
      const done = await eventually(async () => (await c.events("start")).length >= N, 120_000, 100);
      assert.ok(done, `all ${N} jobs started\n${logsOf(...c.nodes)}`);
      const starts = await c.events("start");
      assert.equal(starts.length, N, "each job ran once");
      // Each start belongs to the window it was granted in: its own, or — started within
      // a moment of a boundary (the first run of a node also opens its db() connection) —
      // the one before. Counted greedily, no window has more than 2. The slack is wide: a
      // start is recorded by the job itself, after its grant, and on a loaded machine that
      // took over 400 ms. Six jobs started at once (no limit) still fill a window thrice.
      const SLACK_MS = 900;
      const perWindow = new Map<number, number>();
      for (const s of starts) {
        const own = Math.floor(s.at / 1000) * 1000;
        const prev = own - 1000;
        const w = s.at - own < SLACK_MS && (perWindow.get(prev) ?? 0) < 2 ? prev : own;
        perWindow.set(w, (perWindow.get(w) ?? 0) + 1);
      }
      const counts = [...perWindow.entries()].sort((x, y) => x[0] - y[0]);
      assert.ok(counts.every(([, n]) => n <= 2), `starts per window: ${JSON.stringify(counts)} (times ${starts.map((s) => s.at % 10_000).join(", ")})`);
      assert.ok(counts.length >= N / 2, `${N} starts need at least ${N / 2} windows: ${JSON.stringify(counts)}`);
      // A job's start is recorded before it completes: the last ones may still be finishing.
      const jobs = async () => (await c.admin.query(`SELECT state, attempts FROM ${c.schema}.kw_jobs WHERE queue = 'paced'`)).rows.map((j) => `${j.state}/${j.attempts}`);
      assert.ok(await eventually(async () => (await jobs()).every((j) => !j.startsWith("leased/")), 120_000, 50), `waited for the jobs that started to end: ${await jobs()}`);
      assert.deepEqual(await jobs(), Array(N).fill("done/1"), "every job done at its first attempt");

      // HTTP: the work's window is shared by both nodes; beyond it, 429 with Retry-After.
      const statuses = [];
      for (const node of [c.nodes[0]!, c.nodes[1]!, c.nodes[0]!, c.nodes[1]!]) {
        const r = await call(node.base, "/limited");
        statuses.push(r.status);
        if (r.status === 429) {
          assert.ok(Number(r.headers.get("retry-after")) >= 1, `Retry-After: ${r.headers.get("retry-after")}`);
          assert.match(r.json().error, /rate limit: the work "limited" runs at most 2 times per 3650d/);
        }
      }
      assert.deepEqual(statuses, [200, 200, 429, 429]);
    } finally {
      await stopNodes();
      await c.admin.end();
    }
  });

  test("concurrency(1) across two nodes: no two jobs of the queue ever overlap", async () => {
    const c = await cluster(
      project({
        "single.js": `const w = work("single").queue("single").concurrency(1);\n${record("start")}\nsleep("150ms");\n${record("end")}\nreturn w.payload.n;\n`,
      }),
    );
    try {
      const N = 10;
      for (let n = 0; n < N; n++) await c.push("single", n);
      const done = await eventually(async () => (await c.events("end")).length >= N, 120_000, 100);
      assert.ok(done, `all ${N} jobs ended\n${logsOf(...c.nodes)}`);
      const ev = await c.events();
      const runs = new Map<number, { start?: number; end?: number; node?: string }>();
      for (const e of ev) {
        const r = runs.get(e.n) ?? {};
        if (e.phase === "start") r.start = e.at;
        else r.end = e.at;
        r.node = e.node;
        runs.set(e.n, r);
      }
      assert.equal(runs.size, N);
      const spans = [...runs.entries()].map(([n, r]) => ({ n, ...r })).sort((x, y) => x.start! - y.start!);
      for (let i = 1; i < spans.length; i++) {
        assert.ok(spans[i]!.start! >= spans[i - 1]!.end!, `job ${spans[i]!.n} (node ${spans[i]!.node}) started at ${spans[i]!.start} before job ${spans[i - 1]!.n} (node ${spans[i - 1]!.node}) ended at ${spans[i - 1]!.end}`);
      }
      const nodesUsed = new Set(spans.map((s) => s.node));
      console.log(`# concurrency(1): ${N} jobs, run by node(s) ${[...nodesUsed].join(", ")}`);
    } finally {
      await stopNodes();
      await c.admin.end();
    }
  });
});
