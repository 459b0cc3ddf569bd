// One contract suite for the state store (src/store), run against both implementations:
// SQLite (a fresh temp file per test group) and PostgreSQL (a fresh schema per test group,
// selected through `?options=-c search_path=…` in the connection URL).
//
// PostgreSQL URL: $KITWORK_TEST_PG_URL or postgres://postgres@127.0.0.1:5432/test.
// When it is unreachable the PostgreSQL tests are skipped with a notice, except under
// CI=true, where they run (and fail) so a missing database cannot pass silently.

import { after, before, beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { scaled, until } from "./fixtures/guard.ts";
import { type Job, type NodeInfo, type RunRecord, type Store, MAX_PAYLOAD_BYTES, StoreError, openStore } from "../src/store/index.js";
import { SCHEMA_VERSION } from "../src/store/schema.js";
import { timeOrderedId } from "../src/ids.js";

// ---------------------------------------------------------------------------------------
// Backends

/** A fresh, empty database; `open()` gives another independent store instance on it. */
interface Env {
  open(): Promise<Store>;
  dispose(): Promise<void>;
}
type EnvFactory = () => Promise<Env>;

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "kw-store-test-"));
after(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

let sqliteGroups = 0;
const sqliteEnv: EnvFactory = async () => {
  const dir = path.join(tmpRoot, `g${++sqliteGroups}`);
  fs.mkdirSync(dir, { recursive: true });
  const url = `sqlite:${path.join(dir, "state.db")}`;
  return { open: () => openStore(url), dispose: async () => fs.rmSync(dir, { recursive: true, force: true }) };
};

const PG_URL = process.env.KITWORK_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const PG_SCHEMA_PREFIX = `kw_test_${process.pid}`;
const pgSchemas: string[] = [];

function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}

async function pgAdmin<T>(f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: scaled(30_000) });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

const pgEnv: EnvFactory = async () => {
  const schema = `${PG_SCHEMA_PREFIX}_g${pgSchemas.length + 1}`;
  await pgAdmin((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`));
  pgSchemas.push(schema);
  const url = withSearchPath(PG_URL, schema);
  return {
    open: () => openStore(url),
    dispose: () => pgAdmin((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)).then(() => {}),
  };
};

async function pgReachable(): Promise<string | null> {
  try {
    await pgAdmin((c) => c.query("SELECT 1"));
    return null;
  } catch (e) {
    return (e as Error).message || String(e);
  }
}

// Decided before any test is registered (top-level await), so the suites see it.
const pgProblem = await pgReachable();
const inCI = process.env.CI === "true" || process.env.CI === "1";
after(async () => {
  if (pgProblem || pgSchemas.length === 0) return;
  await pgAdmin(async (c) => {
    for (const s of pgSchemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  });
});

// ---------------------------------------------------------------------------------------
// Helpers

let runSeq = 0;
function mkRun(over: Partial<RunRecord> = {}): RunRecord {
  return {
    id: `run-${++runSeq}-${randomUUID().slice(0, 8)}`,
    work: "w",
    version: "v1",
    trigger: "queue",
    status: "succeeded",
    attempt: 1,
    startedAt: 1_000,
    finishedAt: 2_000,
    error: null,
    resultSize: 12,
    logs: [{ level: "info", args: ["hello", { n: 1 }], at: 1_500 }],
    jobId: null,
    errorKind: null,
    ...over,
  };
}

const ids = (jobs: Job[]) => jobs.map((j) => j.id);

// ---------------------------------------------------------------------------------------
// The contract

interface Ctx {
  /** The group's main store instance. */
  store: Store;
  /** Another independent instance on the same database (closed after the group). */
  open(): Promise<Store>;
}

function storeContract(name: string, makeEnv: EnvFactory, opts: { skip?: string } = {}) {
  /** A test group: a fresh database, one store opened on it, closed/dropped after. */
  function group(title: string, body: (ctx: Ctx) => void) {
    describe(title, () => {
      let env: Env | undefined;
      const extra: Store[] = [];
      const ctx = {
        store: undefined as unknown as Store,
        async open() {
          const s = await env!.open();
          extra.push(s);
          return s;
        },
      };
      // A setup failure (e.g. PostgreSQL unreachable under CI) fails every test of the group
      // rather than cancelling them.
      let setupError: unknown;
      before(async () => {
        try {
          env = await makeEnv();
          ctx.store = await env.open();
        } catch (e) {
          setupError = e;
        }
      });
      beforeEach(() => {
        if (setupError) throw setupError;
      });
      after(async () => {
        for (const s of extra) await s.close().catch(() => {});
        await ctx.store?.close().catch(() => {});
        await env?.dispose();
      });
      body(ctx);
    });
  }

  describe(`store contract: ${name}`, { skip: opts.skip }, () => {
    group("schema and versions", (ctx) => {
      it("opens with the expected kind", () => {
        assert.equal(ctx.store.kind, name);
      });

      it("migrate() is idempotent and keeps data", async () => {
        await ctx.store.putVersion({ hash: "h-mig", file: "a.kw", name: "a", source: "x" });
        await ctx.store.migrate();
        await ctx.store.migrate();
        const other = await ctx.open(); // openStore migrates too
        await Promise.all([ctx.store.migrate(), other.migrate(), other.migrate()]);
        assert.deepEqual(await other.getVersion("h-mig"), { hash: "h-mig", file: "a.kw", name: "a", source: "x" });
        const { id } = await other.pushJob("q-mig", { a: 1 }, { runAt: 0 });
        assert.equal((await ctx.store.getJob(id))?.state, "pending");
      });

      it("putVersion/getVersion round-trip; unknown hash is null; re-put is harmless", async () => {
        const v = { hash: "h1", file: "works/a.kw", name: "a", source: "export default 1\n// ünïcødé ✓" };
        await ctx.store.putVersion(v);
        assert.deepEqual(await ctx.store.getVersion("h1"), v);
        await ctx.store.putVersion(v);
        assert.deepEqual(await ctx.store.getVersion("h1"), v);
        assert.equal(await ctx.store.getVersion("nope"), null);
      });
    });

    group("pushJob", (ctx) => {
      it("returns distinct ids and stores a pending job", async () => {
        const now = Date.now();
        const a = await ctx.store.pushJob("q-push", { n: 1, s: "x", nested: [1, { b: true }] }, { runAt: now + 5 });
        const b = await ctx.store.pushJob("q-push", null, { runAt: now });
        assert.equal(a.deduped, false);
        assert.equal(b.deduped, false);
        assert.equal(typeof a.id, "string");
        assert.notEqual(a.id, b.id);
        const j = await ctx.store.getJob(a.id);
        assert.ok(j);
        assert.equal(j.queue, "q-push");
        assert.deepEqual(j.payload, { n: 1, s: "x", nested: [1, { b: true }] });
        assert.equal(j.key, null);
        assert.equal(j.state, "pending");
        assert.equal(j.attempts, 0);
        assert.equal(j.runAt, now + 5);
        assert.equal(j.leaseOwner, null);
        assert.equal(j.leaseUntil, null);
        assert.equal(j.error, null);
        assert.equal(typeof j.createdAt, "number");
        assert.equal((await ctx.store.getJob(b.id))?.payload, null);
        assert.equal(await ctx.store.getJob("no-such-job"), null);
      });

      it("dedupes by key while pending (same id, deduped: true); scoped per queue", async () => {
        const a = await ctx.store.pushJob("q-key", { v: 1 }, { runAt: 0, key: "k1" });
        const b = await ctx.store.pushJob("q-key", { v: 2 }, { runAt: 0, key: "k1" });
        assert.deepEqual(b, { id: a.id, deduped: true });
        assert.deepEqual((await ctx.store.getJob(a.id))?.payload, { v: 1 }, "the original payload is kept");
        const c = await ctx.store.pushJob("q-key", { v: 3 }, { runAt: 0, key: "k2" });
        assert.equal(c.deduped, false);
        assert.notEqual(c.id, a.id);
        const d = await ctx.store.pushJob("q-key-other", { v: 4 }, { runAt: 0, key: "k1" });
        assert.equal(d.deduped, false, "same key in another queue is a different job");
        const e = await ctx.store.pushJob("q-key", { v: 5 }, { runAt: 0, key: null });
        const f = await ctx.store.pushJob("q-key", { v: 6 }, { runAt: 0 });
        assert.equal(e.deduped, false);
        assert.equal(f.deduped, false);
        assert.notEqual(e.id, f.id);
        assert.equal((await ctx.store.listJobs("q-key", null, 100)).length, 4);
      });

      it("dedupes by key while leased", async () => {
        const a = await ctx.store.pushJob("q-keyl", {}, { runAt: 0, key: "k" });
        const claimed = await ctx.store.claimJobs("q-keyl", "o1", 60_000, 10, 1_000);
        assert.deepEqual(ids(claimed), [a.id]);
        assert.deepEqual(await ctx.store.pushJob("q-keyl", {}, { runAt: 0, key: "k" }), { id: a.id, deduped: true });
      });

      it("does not dedupe against a done job", async () => {
        const a = await ctx.store.pushJob("q-keyd", {}, { runAt: 0, key: "k" });
        await ctx.store.claimJobs("q-keyd", "o1", 60_000, 10, 1_000);
        assert.equal(await ctx.store.completeJob(a.id, "o1", mkRun({ jobId: a.id })), true);
        const b = await ctx.store.pushJob("q-keyd", {}, { runAt: 0, key: "k" });
        assert.equal(b.deduped, false);
        assert.notEqual(b.id, a.id);
        assert.equal((await ctx.store.getJob(b.id))?.state, "pending");
        // …and the new one dedupes again while pending.
        assert.deepEqual(await ctx.store.pushJob("q-keyd", {}, { runAt: 0, key: "k" }), { id: b.id, deduped: true });
      });

      it("does not dedupe against a dead job", async () => {
        const a = await ctx.store.pushJob("q-keyx", {}, { runAt: 0, key: "k" });
        await ctx.store.claimJobs("q-keyx", "o1", 60_000, 10, 1_000);
        assert.equal(await ctx.store.failJob(a.id, "o1", "boom", null, mkRun({ jobId: a.id, status: "failed" })), true);
        const b = await ctx.store.pushJob("q-keyx", {}, { runAt: 0, key: "k" });
        assert.equal(b.deduped, false);
        assert.notEqual(b.id, a.id);
      });

      it("a key with a ttl dedupes for its window whatever became of the job (done, dead), then pushes anew", async () => {
        const T = 1_900_000_000_000;
        const day = 86_400_000;
        for (const end of ["done", "dead"] as const) {
          const q = `q-ttl-${end}`;
          const a = await ctx.store.pushJob(q, { v: 1 }, { runAt: 0, key: "k", ttlMs: day, now: T });
          assert.equal(a.deduped, false);
          await ctx.store.claimJobs(q, "o1", 60_000, 10, 1_000);
          assert.deepEqual(await ctx.store.pushJob(q, { v: 2 }, { runAt: 0, key: "k", ttlMs: day, now: T + 1 }), { id: a.id, deduped: true }, "running");
          if (end === "done") assert.equal(await ctx.store.completeJob(a.id, "o1", null), true);
          else assert.equal(await ctx.store.failJob(a.id, "o1", "boom", null, null), true);
          assert.deepEqual(await ctx.store.pushJob(q, { v: 3 }, { runAt: 0, key: "k", ttlMs: day, now: T + day - 1 }), { id: a.id, deduped: true }, `${end}, inside the window`);
          assert.deepEqual(ids(await ctx.store.listJobs(q, null, 100)), [a.id], "nothing was added");
          // A push without a ttl dedupes only against a live job, as before.
          const plain = await ctx.store.pushJob(q, { v: 4 }, { runAt: 0, key: "k", now: T + 2 });
          assert.equal(plain.deduped, false);
          await ctx.store.claimJobs(q, "o1", 60_000, 10, 2_000);
          await ctx.store.completeJob(plain.id, "o1", null);
          const b = await ctx.store.pushJob(q, { v: 5 }, { runAt: 0, key: "k", ttlMs: day, now: T + day });
          assert.equal(b.deduped, false, "the window has ended");
          assert.deepEqual(await ctx.store.pushJob(q, { v: 6 }, { runAt: 0, key: "k", ttlMs: day, now: T + day + 5 }), { id: b.id, deduped: true }, "a new window");
          assert.deepEqual(await ctx.store.pushJob(q, {}, { runAt: 0, key: "other", ttlMs: day, now: T + 1 }).then((r) => r.deduped), false, "another key");
        }
      });

      it("a ttl push meets a live job pushed without one: that job is returned and holds the key for the window", async () => {
        const now = Date.now();
        const a = await ctx.store.pushJob("q-ttl-live", {}, { runAt: 0, key: "k" });
        assert.deepEqual(await ctx.store.pushJob("q-ttl-live", {}, { runAt: 0, key: "k", ttlMs: 60_000, now }), { id: a.id, deduped: true });
        await ctx.store.claimJobs("q-ttl-live", "o1", 60_000, 10, 1_000);
        await ctx.store.completeJob(a.id, "o1", null);
        assert.deepEqual(await ctx.store.pushJob("q-ttl-live", {}, { runAt: 0, key: "k", ttlMs: 60_000, now: now + 1 }), { id: a.id, deduped: true });
      });

      it("a key's window outlives the pruning of its done job", async () => {
        const now = Date.now();
        const a = await ctx.store.pushJob("q-ttl-prune", {}, { runAt: 0, key: "k", ttlMs: 7 * 86_400_000, now });
        await ctx.store.claimJobs("q-ttl-prune", "o1", 60_000, 10, 1_000);
        await ctx.store.completeJob(a.id, "o1", null);
        await ctx.store.prune(now + 60_000); // a retention shorter than the ttl
        assert.equal(await ctx.store.getJob(a.id), null, "the done job was pruned");
        assert.deepEqual(await ctx.store.pushJob("q-ttl-prune", {}, { runAt: 0, key: "k", ttlMs: 7 * 86_400_000, now: now + 120_000 }), { id: a.id, deduped: true });
        assert.equal((await ctx.store.listJobs("q-ttl-prune", null, 100)).length, 0);
        // Once the window is over, pruning removes it too.
        await ctx.store.prune(now + 8 * 86_400_000);
        assert.equal((await ctx.store.pushJob("q-ttl-prune", {}, { runAt: 0, key: "k", ttlMs: 1000, now: now + 120_001 })).deduped, false);
      });

      it("concurrent ttl pushes with one key (two instances) create exactly one job, also over a done one", async () => {
        const other = await ctx.open();
        const now = Date.now();
        const push = (i: number, at: number) => (i % 2 ? other : ctx.store).pushJob("q-ttl-c", { i }, { runAt: 0, key: "same", ttlMs: 60_000, now: at });
        const results = await Promise.all(Array.from({ length: 12 }, (_, i) => push(i, now)));
        assert.equal(results.filter((r) => !r.deduped).length, 1);
        assert.equal(new Set(results.map((r) => r.id)).size, 1);
        await ctx.store.claimJobs("q-ttl-c", "o1", 60_000, 10, 1_000);
        await ctx.store.completeJob(results[0]!.id, "o1", null);
        // The window has ended: the pushes race for a new one.
        const later = await Promise.all(Array.from({ length: 12 }, (_, i) => push(i, now + 60_000)));
        assert.equal(later.filter((r) => !r.deduped).length, 1);
        assert.equal(new Set(later.map((r) => r.id)).size, 1);
        assert.notEqual(later[0]!.id, results[0]!.id);
        assert.equal((await ctx.store.listJobs("q-ttl-c", null, 100)).length, 2);
      });

      it("concurrent pushes with one key (two instances) create exactly one job", async () => {
        const other = await ctx.open();
        const results = await Promise.all(
          Array.from({ length: 12 }, (_, i) => (i % 2 ? other : ctx.store).pushJob("q-keyc", { i }, { runAt: 0, key: "same" })),
        );
        assert.equal(results.filter((r) => !r.deduped).length, 1);
        assert.equal(new Set(results.map((r) => r.id)).size, 1);
        const jobs = await ctx.store.listJobs("q-keyc", null, 100);
        assert.deepEqual(ids(jobs), [results[0].id]);
      });

      it("refuses an oversize payload (> 256 KiB) with a clear error and stores nothing", async () => {
        const big = { blob: "x".repeat(MAX_PAYLOAD_BYTES) };
        await assert.rejects(ctx.store.pushJob("q-big", big, { runAt: 0 }), (e: unknown) => {
          assert.ok(e instanceof StoreError, `expected a StoreError, got ${e}`);
          assert.match((e as Error).message, /payload too large/);
          assert.match((e as Error).message, /262144/);
          return true;
        });
        await assert.rejects(ctx.store.pushJob("q-big", big, { runAt: 0, key: "k" }), StoreError);
        // Multi-byte characters count in bytes, not UTF-16 units.
        await assert.rejects(ctx.store.pushJob("q-big", "é".repeat(MAX_PAYLOAD_BYTES / 2), { runAt: 0 }), StoreError);
        assert.equal((await ctx.store.listJobs("q-big", null, 10)).length, 0);
        // Exactly at the limit is accepted (the JSON string "xx…" is length + 2 bytes).
        const edge = "x".repeat(MAX_PAYLOAD_BYTES - 2);
        const ok = await ctx.store.pushJob("q-big", edge, { runAt: 0 });
        assert.equal((await ctx.store.getJob(ok.id))?.payload, edge);
      });
    });

    group("claimJobs", (ctx) => {
      it("leases only due jobs, earliest runAt first, and increments attempts", async () => {
        const now = 1_000_000;
        const future = await ctx.store.pushJob("q-due", { n: "future" }, { runAt: now + 1 });
        const c = await ctx.store.pushJob("q-due", { n: "c" }, { runAt: now - 10 });
        const a = await ctx.store.pushJob("q-due", { n: "a" }, { runAt: now - 30 });
        const exact = await ctx.store.pushJob("q-due", { n: "exact" }, { runAt: now });
        const b = await ctx.store.pushJob("q-due", { n: "b" }, { runAt: now - 20 });
        const got = await ctx.store.claimJobs("q-due", "o1", 5_000, 10, now);
        assert.deepEqual(ids(got), [a.id, b.id, c.id, exact.id]);
        for (const j of got) {
          assert.equal(j.state, "leased");
          assert.equal(j.attempts, 1);
          assert.equal(j.leaseOwner, "o1");
          assert.equal(j.leaseUntil, now + 5_000);
          assert.equal(j.queue, "q-due");
        }
        assert.deepEqual(got[0].payload, { n: "a" });
        const stored = await ctx.store.getJob(a.id);
        assert.equal(stored?.state, "leased");
        assert.equal(stored?.attempts, 1);
        assert.equal(stored?.leaseOwner, "o1");
        assert.equal(stored?.leaseUntil, now + 5_000);
        assert.equal((await ctx.store.getJob(future.id))?.state, "pending");
        assert.equal((await ctx.store.getJob(future.id))?.attempts, 0);
        // Nothing else is due; leased jobs with a live lease are not handed out again.
        assert.deepEqual(await ctx.store.claimJobs("q-due", "o2", 5_000, 10, now), []);
        // Once due, the future job is claimable (by anyone); the live leases are still not.
        assert.deepEqual(ids(await ctx.store.claimJobs("q-due", "o2", 5_000, 10, now + 1)), [future.id]);
      });

      it("honours limit, taking the earliest due jobs first", async () => {
        const now = 2_000_000;
        const order = [5, 3, 1, 4, 2];
        const byRank = new Map<number, string>();
        for (const r of order) byRank.set(r, (await ctx.store.pushJob("q-lim", { r }, { runAt: now - 100 + r })).id);
        assert.deepEqual(await ctx.store.claimJobs("q-lim", "o", 60_000, 0, now), []);
        assert.deepEqual(ids(await ctx.store.claimJobs("q-lim", "o", 60_000, 2, now)), [byRank.get(1), byRank.get(2)]);
        assert.deepEqual(ids(await ctx.store.claimJobs("q-lim", "o", 60_000, 2, now)), [byRank.get(3), byRank.get(4)]);
        assert.deepEqual(ids(await ctx.store.claimJobs("q-lim", "o", 60_000, 2, now)), [byRank.get(5)]);
        assert.deepEqual(await ctx.store.claimJobs("q-lim", "o", 60_000, 2, now), []);
      });

      it("only claims from the named queue", async () => {
        const x = await ctx.store.pushJob("q-iso-a", {}, { runAt: 0 });
        const y = await ctx.store.pushJob("q-iso-b", {}, { runAt: 0 });
        assert.deepEqual(ids(await ctx.store.claimJobs("q-iso-a", "o", 1_000, 10, 10)), [x.id]);
        assert.equal((await ctx.store.getJob(y.id))?.state, "pending");
        assert.deepEqual(await ctx.store.claimJobs("q-iso-none", "o", 1_000, 10, 10), []);
      });

      it("never hands one job to two owners claiming at once", async () => {
        const other = await ctx.open();
        const pushed = new Set<string>();
        for (let i = 0; i < 50; i++) pushed.add((await ctx.store.pushJob("q-race", { i }, { runAt: i })).id);
        const owners = ["a", "b", "c", "d", "e", "f"];
        const results = await Promise.all(owners.map((o, i) => (i % 2 ? other : ctx.store).claimJobs("q-race", o, 60_000, 20, 1_000)));
        const all = results.flat();
        assert.equal(all.length, 50, "every due job is claimed (6 × 20 ≥ 50)");
        assert.equal(new Set(ids(all)).size, 50, "no job is claimed twice");
        assert.deepEqual(new Set(ids(all)), pushed);
        results.forEach((jobs, i) => jobs.forEach((j) => assert.equal(j.leaseOwner, owners[i])));
        for (const j of all) {
          const s = await ctx.store.getJob(j.id);
          assert.equal(s?.attempts, 1);
          assert.equal(s?.leaseOwner, j.leaseOwner);
        }
      });

      it("an expired lease is taken over by another owner (attempts increments)", async () => {
        const now = 3_000_000;
        const { id } = await ctx.store.pushJob("q-exp", { x: 1 }, { runAt: now });
        const [first] = await ctx.store.claimJobs("q-exp", "A", 1_000, 10, now);
        assert.equal(first.id, id);
        assert.deepEqual(await ctx.store.claimJobs("q-exp", "B", 1_000, 10, now + 500), [], "lease still live");
        assert.deepEqual(await ctx.store.claimJobs("q-exp", "B", 1_000, 10, now + 999), [], "lease still live");
        const [taken] = await ctx.store.claimJobs("q-exp", "B", 1_000, 10, now + 1_001);
        assert.equal(taken?.id, id);
        assert.equal(taken.attempts, 2);
        assert.equal(taken.leaseOwner, "B");
        assert.equal(taken.leaseUntil, now + 2_001);
        const stored = await ctx.store.getJob(id);
        assert.equal(stored?.attempts, 2);
        assert.equal(stored?.leaseOwner, "B");
        // The old owner lost the lease: completing fails and the job stays B's.
        assert.equal(await ctx.store.completeJob(id, "A", mkRun({ jobId: id })), false);
        assert.equal((await ctx.store.getJob(id))?.leaseOwner, "B");
        assert.equal(await ctx.store.completeJob(id, "B", mkRun({ jobId: id, attempt: 2 })), true);
        assert.equal((await ctx.store.getJob(id))?.state, "done");
      });

      it("completions made at the same moment each keep their own lease check and run record", async () => {
        const now = 3_500_000;
        for (let i = 0; i < 12; i++) await ctx.store.pushJob("q-batch", { i }, { runAt: now });
        const jobs = await ctx.store.claimJobs("q-batch", "A", 60_000, 12, now);
        assert.equal(jobs.length, 12);
        // Every third attempt completes under a stale owner (its lease was lost); every other one has a run record.
        const runs = jobs.map((j, i) => (i % 2 === 0 ? mkRun({ jobId: j.id }) : null));
        const kept = await Promise.all(jobs.map((j, i) => ctx.store.completeJob(j.id, i % 3 === 0 ? "stale" : "A", runs[i]!)));
        assert.deepEqual(kept, jobs.map((_, i) => i % 3 !== 0));
        for (const [i, j] of jobs.entries()) {
          assert.equal((await ctx.store.getJob(j.id))?.state, i % 3 === 0 ? "leased" : "done", `job ${i}`);
          const run = runs[i];
          if (run) assert.equal((await ctx.store.getRun(run.id)) !== null, i % 3 !== 0, `run record of job ${i} kept only with its job`);
        }
      });

      it("a push is heard by the store's job listener (where it has one), with its queue and due time", async (t) => {
        if (!ctx.store.listenJobs) return t.skip("this store has no wake-up channel (in-process wake-ups only)");
        const heard: Array<{ queue: string; runAt: number } | null> = [];
        let listening = false;
        const listener = ctx.store.listenJobs((p) => heard.push(p), (on) => (listening = on));
        try {
          for (let i = 0; i < 500 && !listening; i++) await new Promise((r) => setTimeout(r, 10));
          assert.ok(listening, "the listener connected within 5 s");
          await ctx.store.pushJob("q-heard", { x: 1 }, { runAt: 4_500_000 });
          for (let i = 0; i < 500 && !heard.some((h) => h?.queue === "q-heard"); i++) await new Promise((r) => setTimeout(r, 10));
          assert.deepEqual(heard.filter((h) => h?.queue === "q-heard"), [{ queue: "q-heard", runAt: 4_500_000 }]);
        } finally {
          await listener.close();
        }
        assert.equal(listening, false);
      });

      it("expireLeases(node) ends that node's job and durable leases only; they are taken over at once", async () => {
        const now = 4_000_000;
        const dead = await ctx.store.pushJob("q-reclaim", { who: "dead" }, { runAt: now - 2 });
        const live = await ctx.store.pushJob("q-reclaim", { who: "live" }, { runAt: now - 1 });
        assert.deepEqual(ids(await ctx.store.claimJobs("q-reclaim", "node-a:c1", 60_000, 1, now)), [dead.id]);
        assert.deepEqual(ids(await ctx.store.claimJobs("q-reclaim", "node-ab:c1", 60_000, 1, now)), [live.id]);
        const runA = `run-reclaim-a-${randomUUID().slice(0, 8)}`;
        const runAB = `run-reclaim-ab-${randomUUID().slice(0, 8)}`;
        for (const [runId, wakeAt] of [[runA, now - 2], [runAB, now - 1]] as const) {
          const run = mkRun({ id: runId, status: "suspended", finishedAt: null, trigger: "http" });
          await ctx.store.checkpoint({ runId, work: "w", version: "v-reclaim", file: "w.js", source: "", trigger: "http", kind: "sleep", wakeAt, event: null, snapshot: "{}", effects: 0, attempt: 1, run }, null, now - 3);
        }
        assert.deepEqual((await ctx.store.claimDurable("node-a:d1", 60_000, 1, now)).map((d) => d.runId), [runA]);
        assert.deepEqual((await ctx.store.claimDurable("node-ab:d1", 60_000, 1, now)).map((d) => d.runId), [runAB]);

        assert.deepEqual(await ctx.store.expireLeases("node-a"), { jobs: 1, runs: 1 });
        const jobs = await ctx.store.claimJobs("q-reclaim", "node-b:c1", 60_000, 10, now + 1);
        assert.deepEqual(ids(jobs), [dead.id], "the dead node's job is taken over long before its lease would end");
        assert.equal(jobs[0]!.attempts, 2);
        assert.equal((await ctx.store.getJob(live.id))?.leaseOwner, "node-ab:c1", "a node whose id merely starts the same keeps its lease");
        assert.deepEqual((await ctx.store.claimDurable("node-b:d1", 60_000, 10, now + 1)).map((d) => d.runId), [runA]);
        assert.equal((await ctx.store.getDurable(runAB))?.leaseOwner, "node-ab:d1");
      });
    });

    group("nodes, heartbeats and lease tokens", (ctx) => {
      const node = (id: string, over: Partial<NodeInfo> = {}): NodeInfo => ({ id, host: "h1", pid: 42, version: "0.1.0", startedAt: 1_000, leaseMs: 10_000, info: { queues: ["q"] }, ...over });

      it("now() is the store's clock, in epoch milliseconds", async () => {
        const t = await ctx.store.now();
        assert.ok(Number.isInteger(t), String(t));
        // Not a duration: this test's process and the database share a host and a clock.
        assert.ok(Math.abs(t - Date.now()) < 60_000, `store ${t} vs process ${Date.now()}`);
      });

      it("a heartbeat registers a node; listNodes shows it with the live leases it holds; removeNode takes it out", async () => {
        const now = await ctx.store.now();
        const r = await ctx.store.heartbeat(node("nd-a"), { jobs: [], runs: [] }, now + 10_000, now);
        assert.ok(Math.abs(r.now - now) < 60_000, "the heartbeat answers with the store's clock");
        await ctx.store.heartbeat(node("nd-b", { pid: 43, info: null }), { jobs: [], runs: [] }, now + 10_000, now);
        const { id } = await ctx.store.pushJob("q-nodes", {}, { runAt: now - 10 });
        const [job] = await ctx.store.claimJobs("q-nodes", "nd-a:tok1", 10_000, 1, now);
        assert.equal(job!.id, id);
        const runId = `run-nodes-${randomUUID().slice(0, 8)}`;
        await ctx.store.checkpoint({ runId, work: "w", version: "v-nodes", file: "w.js", source: "", trigger: "http", kind: "checkpoint", wakeAt: null, event: null, snapshot: "{}", effects: 0, attempt: 1, run: mkRun({ id: runId, status: "suspended", finishedAt: null }) }, null, now);
        assert.equal((await ctx.store.claimDurable("nd-a:tok2", 10_000, 10, now)).length, 1);
        // A lease that already ended is not held, whatever its row says.
        const { id: stale } = await ctx.store.pushJob("q-nodes-old", {}, { runAt: 0 });
        await ctx.store.claimJobs("q-nodes-old", "nd-b:tok3", 1_000, 1, now - 60_000);

        const nodes = await ctx.store.listNodes();
        assert.deepEqual(
          nodes.map((n) => [n.id, n.host, n.pid, n.version, n.startedAt, n.leaseMs, n.info, n.jobs, n.runs]),
          [
            ["nd-a", "h1", 42, "0.1.0", 1_000, 10_000, { queues: ["q"] }, 1, 1],
            ["nd-b", "h1", 43, "0.1.0", 1_000, 10_000, null, 0, 0],
          ],
        );
        assert.equal(nodes[0]!.heartbeatAt, now);
        assert.equal((await ctx.store.getJob(stale))?.state, "leased");
        await ctx.store.removeNode("nd-b");
        assert.deepEqual((await ctx.store.listNodes()).map((n) => n.id), ["nd-a"]);
      });

      it("a later heartbeat refreshes the node (its start and identity stay as first written)", async () => {
        const now = await ctx.store.now();
        await ctx.store.heartbeat(node("nd-re"), { jobs: [], runs: [] }, now + 1, now);
        await ctx.store.heartbeat(node("nd-re", { startedAt: 5, info: { queues: [] } }), { jobs: [], runs: [] }, now + 2, now + 1);
        const n = (await ctx.store.listNodes()).find((x) => x.id === "nd-re")!;
        assert.deepEqual([n.startedAt, n.heartbeatAt, n.info], [1_000, now + 1, { queues: [] }]);
      });

      it("a heartbeat extends only leases still held under their claim's owner; one claimed again, even by the same node, is lost", async () => {
        const now = 7_000_000;
        const { id } = await ctx.store.pushJob("q-tok", {}, { runAt: now - 1 });
        const [first] = await ctx.store.claimJobs("q-tok", "nd-t:one", 1_000, 1, now);
        // The first attempt's lease ran out; the same node claims the job again, under a new token.
        const [second] = await ctx.store.claimJobs("q-tok", "nd-t:two", 1_000, 1, now + 1_500);
        assert.equal(second!.id, id);
        const beat = await ctx.store.heartbeat(node("nd-t"), { jobs: [{ id, owner: first!.leaseOwner! }, { id, owner: second!.leaseOwner! }], runs: [] }, now + 60_000, now + 1_600);
        assert.deepEqual(beat.lost.jobs, [{ id, owner: "nd-t:one" }]);
        assert.equal((await ctx.store.getJob(id))?.leaseUntil, now + 60_000, "the live claim's lease was extended");
        assert.deepEqual(await ctx.store.claimJobs("q-tok", "nd-u:x", 1_000, 1, now + 30_000), [], "an extended lease is not taken over");
        assert.equal(await ctx.store.completeJob(id, first!.leaseOwner!, mkRun({ jobId: id })), false, "the stale attempt cannot complete");
        assert.equal(await ctx.store.failJob(id, first!.leaseOwner!, "x", null, null), false, "nor fail");
        assert.equal(await ctx.store.completeJob(id, second!.leaseOwner!, mkRun({ jobId: id })), true);
        const after = await ctx.store.heartbeat(node("nd-t"), { jobs: [{ id, owner: second!.leaseOwner! }], runs: [] }, now + 70_000, now + 1_700);
        assert.deepEqual(after.lost.jobs, [{ id, owner: "nd-t:two" }], "a job that is done is no longer held");
      });

      it("the same for durable runs: a stale segment's renewal, checkpoint and finish are refused", async () => {
        const now = 8_000_000;
        const runId = `run-tok-${randomUUID().slice(0, 8)}`;
        const input = (kind: "checkpoint" | "sleep") => ({ runId, work: "w", version: "v-tok", file: "w.js", source: "", trigger: "http", kind, wakeAt: kind === "sleep" ? now + 1e9 : null, event: null, snapshot: "{}", effects: 0, attempt: 1, run: mkRun({ id: runId, status: "suspended", finishedAt: null }) });
        await ctx.store.checkpoint(input("checkpoint"), null, now);
        const [first] = await ctx.store.claimDurable("nd-d:one", 1_000, 1, now);
        const [second] = await ctx.store.claimDurable("nd-d:two", 1_000, 1, now + 1_500);
        assert.equal(second!.runId, runId);
        const beat = await ctx.store.heartbeat(node("nd-d"), { jobs: [], runs: [{ id: runId, owner: first!.leaseOwner! }, { id: runId, owner: second!.leaseOwner! }] }, now + 60_000, now + 1_600);
        assert.deepEqual(beat.lost.runs, [{ id: runId, owner: "nd-d:one" }]);
        assert.deepEqual(await ctx.store.claimDurable("nd-e:x", 1_000, 1, now + 30_000), [], "an extended lease is not taken over");
        assert.equal(await ctx.store.checkpoint(input("sleep"), first!.leaseOwner!, now + 1_700), false, "the stale segment cannot checkpoint");
        const done = { state: "done" as const, result: "1", error: null };
        assert.equal(await ctx.store.finishDurable(runId, first!.leaseOwner!, done, mkRun({ id: runId })), false, "nor finish");
        assert.equal(await ctx.store.finishDurable(runId, second!.leaseOwner!, done, mkRun({ id: runId })), true);
        assert.equal((await ctx.store.getDurable(runId))?.state, "done");
      });

      it("claimDurable takes a run whose lease ended first, then the others in the order they became due (a signalled wait by its signal, not its timeout)", async () => {
        const now = 9_000_000;
        const id = (k: string) => `run-order-${k}-${randomUUID().slice(0, 8)}`;
        const park = (runId: string, kind: "checkpoint" | "sleep" | "wait", wakeAt: number | null, event: string | null, at: number) =>
          ctx.store.checkpoint({ runId, work: "w", version: "v-order", file: "w.js", source: "", trigger: "http", kind, wakeAt, event, snapshot: "{}", effects: 0, attempt: 1, run: mkRun({ id: runId, status: "suspended", finishedAt: null }) }, null, at);
        // Taken over: claimed at now - 50 (after the others became due) by a node that died; its lease ended at now - 40.
        const taken = id("taken");
        await park(taken, "checkpoint", null, null, now - 400);
        assert.deepEqual((await ctx.store.claimDurable("nd-dead:x", 10, 1, now - 50)).map((d) => d.runId), [taken]);
        // Due since now - 200: a wait signalled then (its timeout is far ahead).
        const signalled = id("signalled");
        await park(signalled, "wait", now + 600_000, "order-go", now - 250);
        assert.equal(await ctx.store.signal("order-go", "1", null, now - 200), 1);
        // Due since now - 100: a sleep that ended then.
        const slept = id("slept");
        await park(slept, "sleep", now - 100, null, now - 240);
        const order: string[] = [];
        for (let i = 0; i < 3; i++) order.push(...(await ctx.store.claimDurable(`nd-order:${i}`, 60_000, 1, now)).map((d) => d.runId));
        assert.deepEqual(order, [taken, signalled, slept]);
      });

      it("releaseDurable ends a segment's lease only under its owner: the run is claimed again at once", async () => {
        const now = 9_020_000; // the runs of the test above are leased until 9_060_000
        const runId = `run-release-${randomUUID().slice(0, 8)}`;
        await ctx.store.checkpoint({ runId, work: "w", version: "v-release", file: "w.js", source: "", trigger: "http", kind: "checkpoint", wakeAt: null, event: null, snapshot: "{}", effects: 3, attempt: 1, run: mkRun({ id: runId, status: "suspended", finishedAt: null }) }, null, now - 10);
        assert.deepEqual((await ctx.store.claimDurable("nd-rel:one", 60_000, 1, now)).map((d) => d.runId), [runId]);
        assert.equal(await ctx.store.releaseDurable(runId, "nd-rel:other"), false, "not under another owner");
        assert.deepEqual(await ctx.store.claimDurable("nd-rel:two", 60_000, 1, now + 1), [], "still leased");
        assert.equal(await ctx.store.releaseDurable(runId, "nd-rel:one"), true);
        const [again] = await ctx.store.claimDurable("nd-rel:two", 60_000, 1, now + 1);
        assert.deepEqual([again?.runId, again?.effects, again?.leaseOwner], [runId, 3, "nd-rel:two"], "claimed again, from its checkpoint");
        assert.equal(await ctx.store.releaseDurable(runId, "nd-rel:one"), false, "the first segment's lease is gone");
      });
    });

    group("completeJob and failJob", (ctx) => {
      async function leased(queue: string, owner = "me", now = 10_000) {
        const { id } = await ctx.store.pushJob(queue, { q: queue }, { runAt: now });
        const got = await ctx.store.claimJobs(queue, owner, 60_000, 1, now);
        assert.deepEqual(ids(got), [id]);
        return id;
      }

      it("completeJob by the lease owner marks done and records the run", async () => {
        const id = await leased("q-done");
        const run = mkRun({ jobId: id, work: "w-done", trigger: "queue" });
        assert.equal(await ctx.store.completeJob(id, "me", run), true);
        const j = await ctx.store.getJob(id);
        assert.equal(j?.state, "done");
        assert.equal(j?.leaseOwner, null);
        assert.equal(j?.leaseUntil, null);
        assert.equal(j?.attempts, 1);
        assert.deepEqual(await ctx.store.getRun(run.id), run);
        assert.deepEqual(await ctx.store.claimJobs("q-done", "other", 60_000, 10, 10_000_000), [], "done jobs are never claimed");
        // Completing again (no longer leased) is refused.
        assert.equal(await ctx.store.completeJob(id, "me", mkRun({ jobId: id })), false);
      });

      it("completeJob on a pending (never claimed) job returns false", async () => {
        const { id } = await ctx.store.pushJob("q-notleased", {}, { runAt: 0 });
        const before = await ctx.store.getJob(id);
        assert.equal(await ctx.store.completeJob(id, "me", mkRun({ jobId: id })), false);
        assert.deepEqual(await ctx.store.getJob(id), before);
        assert.equal(await ctx.store.completeJob("no-such-job", "me", mkRun()), false);
      });

      it("completeJob by a wrong owner (lease lost) returns false and changes nothing", async () => {
        const id = await leased("q-wrong");
        const before = await ctx.store.getJob(id);
        const run = mkRun({ jobId: id });
        assert.equal(await ctx.store.completeJob(id, "not-me", run), false);
        assert.deepEqual(await ctx.store.getJob(id), before, "the job is untouched");
        assert.equal(await ctx.store.getRun(run.id), null, "no run is recorded for a lost lease");
      });

      it("failJob with retryAt makes the job pending again at that time, not claimable before", async () => {
        const now = 20_000;
        const id = await leased("q-retry", "me", now);
        const run = mkRun({ jobId: id, status: "failed", error: "flaky" });
        const retryAt = now + 30_000;
        assert.equal(await ctx.store.failJob(id, "me", "flaky", retryAt, run), true);
        const j = await ctx.store.getJob(id);
        assert.equal(j?.state, "pending");
        assert.equal(j?.runAt, retryAt);
        assert.equal(j?.error, "flaky");
        assert.equal(j?.attempts, 1);
        assert.equal(j?.leaseOwner, null);
        assert.equal(j?.leaseUntil, null);
        assert.deepEqual(await ctx.store.getRun(run.id), run);
        assert.deepEqual(await ctx.store.claimJobs("q-retry", "o2", 60_000, 10, retryAt - 1), []);
        const [again] = await ctx.store.claimJobs("q-retry", "o2", 60_000, 10, retryAt);
        assert.equal(again?.id, id);
        assert.equal(again.attempts, 2);
        assert.equal(again.leaseOwner, "o2");
      });

      it("failJob with retryAt null makes the job dead with its error", async () => {
        const id = await leased("q-dead");
        const run = mkRun({ jobId: id, status: "failed", error: "fatal: nope" });
        assert.equal(await ctx.store.failJob(id, "me", "fatal: nope", null, run), true);
        const j = await ctx.store.getJob(id);
        assert.equal(j?.state, "dead");
        assert.equal(j?.error, "fatal: nope");
        assert.equal(j?.leaseOwner, null);
        assert.equal(j?.leaseUntil, null);
        assert.deepEqual(await ctx.store.getRun(run.id), run);
        assert.deepEqual(await ctx.store.claimJobs("q-dead", "o2", 60_000, 10, Number.MAX_SAFE_INTEGER), []);
      });

      it("failJob by a wrong owner returns false and changes nothing", async () => {
        const id = await leased("q-failwrong");
        const before = await ctx.store.getJob(id);
        const run = mkRun({ jobId: id, status: "failed" });
        assert.equal(await ctx.store.failJob(id, "not-me", "x", null, run), false);
        assert.equal(await ctx.store.failJob(id, "not-me", "x", 99_999, run), false);
        assert.deepEqual(await ctx.store.getJob(id), before);
        assert.equal(await ctx.store.getRun(run.id), null, "no run is recorded for a lost lease");
      });
    });

    group("listJobs, queueCounts, redrive, purge", (ctx) => {
      const now = 50_000;
      /** Puts a job of `queue` into `state` and returns its id. */
      async function jobIn(queue: string, state: "pending" | "leased" | "done" | "dead", key?: string) {
        const { id } = await ctx.store.pushJob(queue, { state }, { runAt: state === "pending" ? now + 1_000_000 : now, key });
        if (state === "pending") return id;
        const got = await ctx.store.claimJobs(queue, "own", 60_000, 1, now);
        assert.deepEqual(ids(got), [id]);
        if (state === "done") assert.equal(await ctx.store.completeJob(id, "own", mkRun({ jobId: id })), true);
        if (state === "dead") assert.equal(await ctx.store.failJob(id, "own", `err-${id}`, null, mkRun({ jobId: id, status: "failed" })), true);
        return id;
      }

      it("listJobs filters by queue and state and honours limit; queueCounts counts per queue and state", async () => {
        const la = { pending: [] as string[], leased: [] as string[], done: [] as string[], dead: [] as string[] };
        for (const s of ["pending", "pending", "leased", "done", "dead", "dead", "dead"] as const) la[s].push(await jobIn("l-a", s));
        const lbPending = await jobIn("l-b", "pending");
        const lbDone = await jobIn("l-b", "done");

        const sorted = (a: string[]) => [...a].sort();
        assert.deepEqual(sorted(ids(await ctx.store.listJobs("l-a", null, 100))), sorted(Object.values(la).flat()));
        for (const s of ["pending", "leased", "done", "dead"] as const) {
          const got = await ctx.store.listJobs("l-a", s, 100);
          assert.deepEqual(sorted(ids(got)), sorted(la[s]), `l-a ${s}`);
          assert.ok(got.every((j) => j.state === s && j.queue === "l-a"));
        }
        assert.deepEqual(ids(await ctx.store.listJobs("l-b", "done", 100)), [lbDone]);
        assert.deepEqual(sorted(ids(await ctx.store.listJobs(null, "pending", 100))), sorted([...la.pending, lbPending]));
        assert.equal((await ctx.store.listJobs(null, null, 100)).length, 9);
        assert.equal((await ctx.store.listJobs("l-a", null, 3)).length, 3);
        assert.equal((await ctx.store.listJobs("l-a", "dead", 2)).length, 2);
        assert.deepEqual(await ctx.store.listJobs("l-none", null, 100), []);
        const dead = (await ctx.store.listJobs("l-a", "dead", 100))[0];
        assert.equal(dead.error, `err-${dead.id}`);

        const counts = await ctx.store.queueCounts();
        const norm = counts.map((c) => ({ queue: c.queue, state: c.state, count: c.count }));
        for (const c of norm) assert.equal(typeof c.count, "number");
        const key = (c: { queue: string; state: string }) => `${c.queue}/${c.state}`;
        assert.deepEqual(
          [...norm].sort((x, y) => key(x).localeCompare(key(y))),
          [
            { queue: "l-a", state: "dead", count: 3 },
            { queue: "l-a", state: "done", count: 1 },
            { queue: "l-a", state: "leased", count: 1 },
            { queue: "l-a", state: "pending", count: 2 },
            { queue: "l-b", state: "done", count: 1 },
            { queue: "l-b", state: "pending", count: 1 },
          ],
        );
      });

      it("redrive of one job resets attempts to 0 and makes it claimable now", async () => {
        const d1 = await jobIn("r-one", "dead");
        const d2 = await jobIn("r-one", "dead");
        const p = await jobIn("r-one", "pending");
        const otherQueueDead = await jobIn("r-one-other", "dead");
        assert.equal(await ctx.store.redrive("r-one", otherQueueDead, now + 5), 0, "the job must belong to the queue");
        assert.equal(await ctx.store.redrive("r-one", p, now + 5), 0, "only dead jobs are redriven");
        assert.equal(await ctx.store.redrive("r-one", "no-such-job", now + 5), 0);
        assert.equal(await ctx.store.redrive("r-one", d1, now + 5), 1);
        const j = await ctx.store.getJob(d1);
        assert.equal(j?.state, "pending");
        assert.equal(j?.attempts, 0);
        assert.equal(j?.error, null);
        assert.ok(j!.runAt <= now + 5);
        assert.equal((await ctx.store.getJob(d2))?.state, "dead");
        assert.equal((await ctx.store.getJob(otherQueueDead))?.state, "dead");
        const got = await ctx.store.claimJobs("r-one", "o", 60_000, 10, now + 5);
        assert.deepEqual(ids(got), [d1]);
        assert.equal(got[0].attempts, 1);
      });

      it("redrive of a whole queue resets every dead job and makes them claimable", async () => {
        const dead = [await jobIn("r-all", "dead"), await jobIn("r-all", "dead"), await jobIn("r-all", "dead")];
        const leasedId = await jobIn("r-all", "leased");
        const doneId = await jobIn("r-all", "done");
        assert.equal(await ctx.store.redrive("r-all", null, now + 7), 3);
        for (const id of dead) {
          const j = await ctx.store.getJob(id);
          assert.equal(j?.state, "pending");
          assert.equal(j?.attempts, 0);
          assert.equal(j?.error, null);
        }
        assert.equal((await ctx.store.getJob(leasedId))?.state, "leased");
        assert.equal((await ctx.store.getJob(doneId))?.state, "done");
        const got = await ctx.store.claimJobs("r-all", "o", 60_000, 10, now + 7);
        assert.deepEqual(new Set(ids(got)), new Set(dead));
        assert.ok(got.every((j) => j.attempts === 1));
        assert.equal(await ctx.store.redrive("r-all", null, now + 7), 0);
      });

      it("redrive does not fail when a dead job's key is already taken by a pending job", async () => {
        // A keyed job dies; the same key is pushed again (not deduped against dead), then the
        // queue is redriven. Redrive must not blow up (nor block the other dead jobs), and a
        // key must never end up on two pending/leased jobs.
        const deadKeyed = await jobIn("r-key", "dead", "K");
        const deadPlain = await jobIn("r-key", "dead");
        const fresh = await ctx.store.pushJob("r-key", {}, { runAt: now, key: "K" });
        assert.equal(fresh.deduped, false);
        let n: number | undefined;
        await assert.doesNotReject(async () => {
          n = await ctx.store.redrive("r-key", null, now + 9);
        });
        assert.equal((await ctx.store.getJob(deadPlain))?.state, "pending", "the unkeyed dead job is redriven");
        const live = (await ctx.store.listJobs("r-key", null, 100)).filter((j) => j.key === "K" && (j.state === "pending" || j.state === "leased"));
        assert.equal(live.length, 1, "one live job per key");
        assert.ok(n !== undefined && n >= 1);
        void deadKeyed;
      });

      it("purge deletes pending and dead jobs but not leased (nor done) ones", async () => {
        const p1 = await jobIn("p-q", "pending");
        const p2 = await jobIn("p-q", "pending");
        const d1 = await jobIn("p-q", "dead");
        const l1 = await jobIn("p-q", "leased");
        const done = await jobIn("p-q", "done");
        const elsewhere = await jobIn("p-q-other", "pending");
        assert.equal(await ctx.store.purge("p-q"), 3);
        for (const id of [p1, p2, d1]) assert.equal(await ctx.store.getJob(id), null);
        assert.equal((await ctx.store.getJob(l1))?.state, "leased");
        assert.equal((await ctx.store.getJob(done))?.state, "done");
        assert.equal((await ctx.store.getJob(elsewhere))?.state, "pending");
        assert.equal(await ctx.store.purge("p-q"), 0);
        // The leased job can still be completed by its owner.
        assert.equal(await ctx.store.completeJob(l1, "own", mkRun({ jobId: l1 })), true);
      });
    });

    group("cron slots", (ctx) => {
      it("claimCronSlot is true exactly once per (work, slot); lastCronSlot is the newest", async () => {
        assert.equal(await ctx.store.lastCronSlot("c-w"), null);
        assert.equal(await ctx.store.claimCronSlot("c-w", 1_000, "n1", 1_000), true);
        assert.equal(await ctx.store.claimCronSlot("c-w", 1_000, "n2", 1_001), false);
        assert.equal(await ctx.store.claimCronSlot("c-w", 1_000, "n1", 1_002), false, "not even for the same owner");
        assert.equal(await ctx.store.claimCronSlot("c-w", 3_000, "n2", 3_000), true);
        assert.equal(await ctx.store.claimCronSlot("c-w", 2_000, "n2", 3_001), true, "an older, unclaimed slot is still claimable");
        assert.equal(await ctx.store.claimCronSlot("c-w2", 1_000, "n1", 1_000), true, "slots are per work");
        assert.equal(await ctx.store.lastCronSlot("c-w"), 3_000);
        assert.equal(await ctx.store.lastCronSlot("c-w2"), 1_000);
        // Large (epoch-millisecond) slots survive the round-trip as numbers.
        const big = 1_767_225_600_000;
        assert.equal(await ctx.store.claimCronSlot("c-big", big, "n1", big), true);
        assert.equal(await ctx.store.lastCronSlot("c-big"), big);
      });

      it("claimCronSlot with a job pushes the slot's job with the claim, and only with the claim", async () => {
        const job = { queue: "cron:c-job", payload: { slot: true } };
        assert.equal(await ctx.store.claimCronSlot("c-job", 60_000, "n1", 60_010, job), true);
        assert.equal(await ctx.store.claimCronSlot("c-job", 60_000, "n2", 60_020, job), false);
        const jobs = await ctx.store.listJobs("cron:c-job", null, 10);
        assert.deepEqual(jobs.map((j) => [j.state, j.payload, j.runAt]), [["pending", { slot: true }, 60_010]]);
        assert.deepEqual(ids(await ctx.store.claimJobs("cron:c-job", "n1:t", 1_000, 10, 60_010)), [jobs[0]!.id]);
      });

      it("20 concurrent claims of one slot (two instances) yield exactly one winner", async () => {
        const other = await ctx.open();
        for (const slot of [60_000, 120_000, 180_000]) {
          const res = await Promise.all(
            Array.from({ length: 20 }, (_, i) => (i % 2 ? other : ctx.store).claimCronSlot("c-race", slot, `node-${i}`, slot + i)),
          );
          assert.equal(res.filter(Boolean).length, 1, `slot ${slot}: ${res}`);
        }
        assert.equal(await other.lastCronSlot("c-race"), 180_000);
      });
    });

    group("runs", (ctx) => {
      it("recordRun/getRun round-trip (and recordRun updates an existing run); unknown id is null", async () => {
        const run = mkRun({ work: "r-rt", status: "running", finishedAt: null, resultSize: null, logs: [], trigger: "http", jobId: "j-1" });
        await ctx.store.recordRun(run);
        assert.deepEqual(await ctx.store.getRun(run.id), run);
        const finished: RunRecord = {
          ...run,
          status: "failed",
          attempt: 2,
          finishedAt: 5_000,
          error: "TypeError: x is not a function",
          resultSize: 0,
          logs: [
            { level: "warn", args: ["a", 1, null, { deep: [true] }], at: 4_000 },
            { level: "error", args: [], at: 4_500 },
          ],
        };
        await ctx.store.recordRun(finished);
        assert.deepEqual(await ctx.store.getRun(run.id), finished);
        assert.equal(await ctx.store.getRun("no-such-run"), null);
        const big = mkRun({ work: "r-rt", startedAt: 1_767_225_600_123, finishedAt: 1_767_225_600_999 });
        await ctx.store.recordRun(big);
        assert.deepEqual(await ctx.store.getRun(big.id), big);
      });

      it("setRunStatus updates the status, stamps finishedAt once, false for unknown ids", async () => {
        const running = mkRun({ work: "srs", status: "running", finishedAt: null });
        await ctx.store.recordRun(running);
        const t0 = Date.now();
        assert.equal(await ctx.store.setRunStatus(running.id, "cancelled"), true);
        const r = await ctx.store.getRun(running.id);
        assert.equal(r?.status, "cancelled");
        assert.ok(r?.finishedAt !== null && r!.finishedAt! >= t0 && r!.finishedAt! <= Date.now() + 1, `finishedAt ${r?.finishedAt}`);
        const done = mkRun({ work: "srs", status: "failed", finishedAt: 7_777 });
        await ctx.store.recordRun(done);
        assert.equal(await ctx.store.setRunStatus(done.id, "succeeded"), true);
        const d = await ctx.store.getRun(done.id);
        assert.equal(d?.status, "succeeded");
        assert.equal(d?.finishedAt, 7_777, "an existing finishedAt is kept");
        assert.equal(await ctx.store.setRunStatus("no-such-run", "cancelled"), false);
      });
    });

    group("listRuns", (ctx) => {
      it("listRuns filters by work, status and trigger, honours limit, newest first", async () => {
        const specs: Array<[string, RunRecord["status"], string, number]> = [
          ["lr-a", "succeeded", "http", 100],
          ["lr-a", "failed", "cron", 400],
          ["lr-a", "succeeded", "cron", 300],
          ["lr-b", "succeeded", "http", 200],
          ["lr-b", "running", "queue", 600],
          ["lr-a", "cancelled", "http", 500],
        ];
        const byStart = new Map<number, RunRecord>();
        for (const [work, status, trigger, startedAt] of specs) {
          const r = mkRun({ work, status, trigger, startedAt, finishedAt: status === "running" ? null : startedAt + 10 });
          byStart.set(startedAt, r);
          await ctx.store.recordRun(r);
        }
        const starts = (rs: RunRecord[]) => rs.map((r) => r.startedAt);
        assert.deepEqual(starts(await ctx.store.listRuns({})), [600, 500, 400, 300, 200, 100]);
        assert.deepEqual(starts(await ctx.store.listRuns({ work: "lr-a" })), [500, 400, 300, 100]);
        assert.deepEqual(starts(await ctx.store.listRuns({ status: "succeeded" })), [300, 200, 100]);
        assert.deepEqual(starts(await ctx.store.listRuns({ trigger: "cron" })), [400, 300]);
        assert.deepEqual(starts(await ctx.store.listRuns({ work: "lr-a", trigger: "http" })), [500, 100]);
        assert.deepEqual(starts(await ctx.store.listRuns({ work: "lr-a", status: "succeeded", trigger: "http" })), [100]);
        assert.deepEqual(starts(await ctx.store.listRuns({ work: "lr-b", status: "failed" })), []);
        assert.deepEqual(starts(await ctx.store.listRuns({ limit: 2 })), [600, 500]);
        assert.deepEqual(starts(await ctx.store.listRuns({ work: "lr-a", limit: 3 })), [500, 400, 300]);
        assert.deepEqual(await ctx.store.listRuns({ work: "lr-none" }), []);
        assert.deepEqual((await ctx.store.listRuns({ work: "lr-b", status: "running" }))[0], byStart.get(600));
      });

      it("listRuns takes a time range, text in the error, and a keyset cursor that pages without repeats or gaps", async () => {
        // Three runs share a start time: the cursor orders them by id.
        const runs = [
          mkRun({ work: "lr-page", status: "failed", startedAt: 1_000, error: "Error: SMTP refused ann 100%_done" }),
          mkRun({ work: "lr-page", status: "failed", startedAt: 2_000, error: "TypeError: x is not a function" }),
          mkRun({ work: "lr-page", startedAt: 2_000 }),
          mkRun({ work: "lr-page", startedAt: 2_000 }),
          mkRun({ work: "lr-page", status: "failed", startedAt: 3_000, error: "Error: smtp refused bob" }),
        ];
        for (const r of runs) await ctx.store.recordRun(r);
        const ids = (rs: RunRecord[]) => rs.map((r) => r.id);
        const order = [...runs].sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1));
        assert.deepEqual(ids(await ctx.store.listRuns({ work: "lr-page" })), ids(order));
        assert.deepEqual(ids(await ctx.store.listRuns({ work: "lr-page", since: 2_000, until: 3_000 })), ids(order.filter((r) => r.startedAt === 2_000)));
        assert.deepEqual(ids(await ctx.store.listRuns({ work: "lr-page", errorText: "smtp REFUSED" })), [runs[4]!.id, runs[0]!.id]);
        // % and _ are text, not wildcards.
        assert.deepEqual(ids(await ctx.store.listRuns({ work: "lr-page", errorText: "100%_d" })), [runs[0]!.id]);
        assert.deepEqual(ids(await ctx.store.listRuns({ work: "lr-page", errorText: "1%0" })), []);
        const seen: string[] = [];
        let before: { startedAt: number; id: string } | undefined;
        for (;;) {
          const page = await ctx.store.listRuns({ work: "lr-page", limit: 2, before });
          if (!page.length) break;
          seen.push(...ids(page));
          const last = page[page.length - 1]!;
          before = { startedAt: last.startedAt, id: last.id };
        }
        assert.deepEqual(seen, ids(order));
      });
    });

    group("recordRuns", (ctx) => {
      it("writes every record of a batch; an empty batch is harmless", async () => {
        await ctx.store.recordRuns([]);
        const batch = Array.from({ length: 25 }, (_, i) => mkRun({ work: "rb-many", startedAt: 10_000 + i, finishedAt: 10_500 + i, logs: [{ level: "info", args: [i], at: 10_100 + i }] }));
        await ctx.store.recordRuns(batch);
        for (const r of batch) assert.deepEqual(await ctx.store.getRun(r.id), r);
        assert.deepEqual((await ctx.store.listRuns({ work: "rb-many", limit: 100 })).map((r) => r.id), [...batch].reverse().map((r) => r.id));
      });

      it("upserts as recordRun one after another would: a later record of a run updates its outcome, not its identity", async () => {
        const earlier = mkRun({ work: "rb-up", status: "running", finishedAt: null, resultSize: null, logs: [], jobId: "j-up" });
        await ctx.store.recordRun(earlier);
        const twice = mkRun({ work: "rb-up", status: "running", finishedAt: null, startedAt: 3_000 });
        const alone = mkRun({ work: "rb-up", startedAt: 4_000 });
        await ctx.store.recordRuns([
          { ...earlier, work: "ignored", startedAt: 9, status: "failed", attempt: 2, finishedAt: 2_500, error: "boom", resultSize: 0, logs: [{ level: "error", args: ["x"], at: 2_400 }], errorKind: "script" },
          twice,
          alone,
          { ...twice, work: "ignored too", trigger: "cron", status: "succeeded", finishedAt: 3_100, resultSize: 7, errorKind: null },
        ]);
        assert.deepEqual(await ctx.store.getRun(earlier.id), {
          ...earlier, status: "failed", attempt: 2, finishedAt: 2_500, error: "boom", resultSize: 0, logs: [{ level: "error", args: ["x"], at: 2_400 }], errorKind: "script",
        });
        assert.deepEqual(await ctx.store.getRun(twice.id), { ...twice, status: "succeeded", finishedAt: 3_100, resultSize: 7 }, "the same run twice in one batch: the first's identity, the last's outcome");
        assert.deepEqual(await ctx.store.getRun(alone.id), alone);
      });

      it("a batch larger than one statement is written whole, a run repeated across it included", async () => {
        const N = 1_234;
        const batch = Array.from({ length: N }, (_, i) => mkRun({ work: "rb-big", startedAt: 100_000 + i, logs: [], resultSize: i }));
        const repeated = { ...batch[3]!, status: "failed" as const, error: "late", errorKind: "timeout" as const };
        await ctx.store.recordRuns([...batch, repeated]);
        const got = await ctx.store.listRuns({ work: "rb-big", limit: 10_000 });
        assert.equal(got.length, N);
        assert.deepEqual(new Set(got.map((r) => r.id)), new Set(batch.map((r) => r.id)));
        assert.deepEqual(await ctx.store.getRun(batch[N - 1]!.id), batch[N - 1]);
        assert.deepEqual(await ctx.store.getRun(repeated.id), repeated);
      });

      it("is one transaction: a record the store refuses leaves the whole batch unwritten", async () => {
        const good = Array.from({ length: 700 }, (_, i) => mkRun({ work: "rb-atomic", startedAt: 200_000 + i }));
        // `work` is NOT NULL: this record fails in the second statement of a PostgreSQL batch.
        const bad = mkRun({ work: null as unknown as string, startedAt: 300_000 });
        await assert.rejects(ctx.store.recordRuns([...good.slice(0, 600), bad, ...good.slice(600)]));
        assert.deepEqual(await ctx.store.listRuns({ work: "rb-atomic", limit: 10_000 }), []);
        assert.equal(await ctx.store.getRun(good[0]!.id), null);
      });
    });

    group("packed successes", (ctx) => {
      // Plain successes (no error, no logs, a time-ordered id) are stored many to a row; every
      // reader sees them as any other record.
      const T = Date.UTC(2026, 0, 1);
      const plain = (over: Partial<RunRecord> & { at: number }) => {
        const { at, ...rest } = over;
        return mkRun({ id: timeOrderedId(at), logs: [], trigger: "http", ...rest });
      };
      const order = (rs: RunRecord[]) => [...rs].sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1));
      const ids = (rs: RunRecord[]) => rs.map((r) => r.id);

      it("reads back every record of a batch of plain successes, failures and logged runs, listed and paged in order under any filter", async () => {
        const runs: RunRecord[] = [];
        for (let i = 0; i < 600; i++) {
          // Ids over three minutes (three buckets), starts interleaved with ties, two works and two triggers.
          const at = T + (i % 3) * 60_000 + i;
          const common = { at, work: i % 5 === 0 ? "pk-other" : "pk", startedAt: T + Math.floor(i / 2) * 10, trigger: i % 7 === 0 ? "queue" : "http", resultSize: i };
          if (i % 50 === 0) runs.push(plain({ ...common, status: "failed", error: `boom ${i}`, errorKind: "fail" }));
          else if (i % 40 === 0) runs.push(plain({ ...common, logs: [{ level: "info", args: [i], at }] }));
          else runs.push(plain({ ...common, finishedAt: T + i * 10 + 3, jobId: i % 7 === 0 ? `job-${i}` : null }));
        }
        await ctx.store.recordRuns(runs);
        for (const r of runs) assert.deepEqual(await ctx.store.getRun(r.id), r);
        const all = order(runs);
        const list = (f: Parameters<Store["listRuns"]>[0]) => ctx.store.listRuns({ limit: 10_000, ...f });
        assert.deepEqual(ids(await list({})), ids(all));
        assert.deepEqual(ids(await list({ work: "pk" })), ids(all.filter((r) => r.work === "pk")));
        assert.deepEqual(ids(await list({ status: "succeeded" })), ids(all.filter((r) => r.status === "succeeded")));
        assert.deepEqual(ids(await list({ status: "failed" })), ids(all.filter((r) => r.status === "failed")));
        assert.deepEqual(ids(await list({ trigger: "queue", work: "pk-other" })), ids(all.filter((r) => r.trigger === "queue" && r.work === "pk-other")));
        const [since, until] = [T + 800, T + 1_900];
        assert.deepEqual(ids(await list({ since, until })), ids(all.filter((r) => r.startedAt >= since && r.startedAt < until)));
        assert.deepEqual(ids(await list({ errorKind: "fail" })), ids(all.filter((r) => r.errorKind === "fail")));
        assert.deepEqual(ids(await ctx.store.listRuns({ limit: 3 })), ids(all.slice(0, 3)));
        // A keyset cursor pages through packs and rows alike, without repeats or gaps.
        const seen: string[] = [];
        let before: { startedAt: number; id: string } | undefined;
        for (;;) {
          const page = await ctx.store.listRuns({ work: "pk", limit: 7, before });
          if (!page.length) break;
          seen.push(...ids(page));
          before = { startedAt: page[page.length - 1]!.startedAt, id: page[page.length - 1]!.id };
        }
        assert.deepEqual(seen, ids(all.filter((r) => r.work === "pk")));
        if (ctx.store.file) {
          // What makes them cheap: one row per work, trigger and minute of ids, not one per run (the failures and logged runs keep theirs).
          const own = runs.filter((r) => r.logs.length > 0 || r.status !== "succeeded");
          const groups = new Set(runs.filter((r) => !own.includes(r)).map((r) => `${r.work} ${r.trigger} ${Math.floor(parseInt(r.id.slice(0, 8) + r.id.slice(9, 13), 16) / 60_000)}`));
          const db = new Database(ctx.store.file, { readonly: true });
          try {
            assert.equal((db.prepare(`SELECT COUNT(*) AS n FROM kw_runs`).get() as { n: number }).n, own.length);
            assert.equal((db.prepare(`SELECT COUNT(*) AS n FROM kw_run_packs`).get() as { n: number }).n, groups.size);
          } finally {
            db.close();
          }
        }
      });

      it("a run's final record, packed, stands over its unfinished one; a run with an id that is not time-ordered keeps a row of its own", async () => {
        const started = plain({ at: T + 5 * 60_000, work: "pk-final", status: "running", finishedAt: null, startedAt: T + 5 * 60_000 });
        await ctx.store.recordRun(started);
        const final = { ...started, status: "succeeded" as const, finishedAt: started.startedAt + 40 };
        const other = mkRun({ work: "pk-final", logs: [], startedAt: T + 5 * 60_000 + 1 });
        await ctx.store.recordRuns([final, other]);
        assert.deepEqual(await ctx.store.getRun(started.id), final);
        assert.deepEqual(await ctx.store.getRun(other.id), other);
        assert.deepEqual(ids(await ctx.store.listRuns({ work: "pk-final" })), [other.id, started.id]);
        assert.deepEqual((await ctx.store.listRuns({ work: "pk-final", status: "succeeded" })).map((r) => r.status), ["succeeded", "succeeded"]);
      });

      it("a batch sent again after its commit went unconfirmed, with the records gathered since, leaves every record once", async () => {
        const at = T + 20 * 60_000;
        const first = Array.from({ length: 5 }, (_, i) => plain({ at: at + i, work: "pk-again", startedAt: at + i }));
        const later = Array.from({ length: 3 }, (_, i) => plain({ at: at + 10 + i, work: "pk-again", startedAt: at + 10 + i }));
        const older = plain({ at: at - 5, work: "pk-again", startedAt: at - 5 }); // an earlier id: the retried group starts elsewhere
        await ctx.store.recordRuns(first);
        await ctx.store.recordRuns([...first, ...later]);
        await ctx.store.recordRuns([...first, ...later, older]);
        const all = order([...first, ...later, older]);
        assert.deepEqual(ids(await ctx.store.listRuns({ work: "pk-again" })), ids(all));
        for (const r of all) assert.deepEqual(await ctx.store.getRun(r.id), r);
      });

      it("prune removes a pack once its newest record finished before the cutoff", async () => {
        const now = Date.now();
        const H = 3_600_000;
        const old = [plain({ at: now - 3 * H, work: "pk-prune", startedAt: now - 3 * H, finishedAt: now - 3 * H + 5 }), plain({ at: now - 3 * H + 1, work: "pk-prune", startedAt: now - 3 * H, finishedAt: now - 3 * H + 9 })];
        const recent = plain({ at: now - 60_000 * 3, work: "pk-prune", startedAt: now - 60_000 * 3, finishedAt: now - 60_000 * 3 + 5 });
        await ctx.store.recordRuns([...old, recent]);
        assert.ok((await ctx.store.prune(now - H)) >= 1);
        for (const r of old) assert.equal(await ctx.store.getRun(r.id), null);
        assert.deepEqual(await ctx.store.getRun(recent.id), recent);
        assert.deepEqual(ids(await ctx.store.listRuns({ work: "pk-prune" })), [recent.id]);
      });
    });

    group("error kinds and run filters", (ctx) => {
      it("errorKind round-trips through recordRun; a record without one reads back as null; a later record clears it", async () => {
        const kinds = ["fail", "limit", "timeout", "script", "unavailable", "lease", "host"] as const;
        for (const errorKind of kinds) {
          const r = mkRun({ work: "ek-rt", status: "failed", error: `e-${errorKind}`, errorKind });
          await ctx.store.recordRun(r);
          assert.deepEqual(await ctx.store.getRun(r.id), r);
        }
        const { errorKind: _omitted, ...legacy } = mkRun({ work: "ek-rt" });
        await ctx.store.recordRun(legacy);
        assert.deepEqual(await ctx.store.getRun(legacy.id), { ...legacy, errorKind: null });
        const retried = mkRun({ work: "ek-rt", status: "failed", error: "slow", errorKind: "timeout" });
        await ctx.store.recordRun(retried);
        await ctx.store.recordRun({ ...retried, status: "succeeded", attempt: 2, error: null, errorKind: null });
        assert.equal((await ctx.store.getRun(retried.id))?.errorKind, null);
      });

      it("errorKind is kept by the job, checkpoint and durable paths that write run records", async () => {
        const { id } = await ctx.store.pushJob("ek-q", {}, { runAt: 0 });
        await ctx.store.claimJobs("ek-q", "o", 60_000, 1, 10);
        const jobRun = mkRun({ work: "ek-job", status: "failed", error: "x", errorKind: "limit", jobId: id });
        assert.equal(await ctx.store.failJob(id, "o", "x", null, jobRun), true);
        assert.deepEqual(await ctx.store.getRun(jobRun.id), jobRun);

        const runId = `run-ek-d-${randomUUID().slice(0, 8)}`;
        const parked = mkRun({ id: runId, work: "ek-d", status: "suspended", finishedAt: null, trigger: "http" });
        assert.equal(await ctx.store.checkpoint({ runId, work: "ek-d", version: "v-ek", file: "d.js", source: "", trigger: "http", kind: "checkpoint", wakeAt: null, event: null, snapshot: "{}", effects: 0, attempt: 1, run: parked }, null, 100), true);
        assert.deepEqual(await ctx.store.getRun(runId), parked);
        const [leased] = await ctx.store.claimDurable("d-owner", 60_000, 10, 200);
        assert.equal(leased?.runId, runId);
        const failed = { ...parked, status: "failed" as const, finishedAt: 300, error: "gave up", errorKind: "unavailable" as const };
        assert.equal(await ctx.store.finishDurable(runId, "d-owner", { state: "failed", result: null, error: "gave up" }, failed), true);
        assert.deepEqual(await ctx.store.getRun(runId), failed);
      });

    });

    group("listRuns by since and errorKind", (ctx) => {
      it("listRuns filters by since (startedAt ≥ since) and errorKind, alone and with the other filters", async () => {
        const specs: Array<[string, number, RunRecord["errorKind"]]> = [
          ["f-a", 100, null],
          ["f-a", 200, "timeout"],
          ["f-b", 300, "timeout"],
          ["f-a", 400, "script"],
          ["f-b", 500, null],
          ["f-a", 600, "timeout"],
        ];
        for (const [work, startedAt, errorKind] of specs) {
          await ctx.store.recordRun(mkRun({ work, startedAt, finishedAt: startedAt + 1, errorKind, status: errorKind ? "failed" : "succeeded", error: errorKind ? "e" : null }));
        }
        const starts = (rs: RunRecord[]) => rs.map((r) => r.startedAt);
        assert.deepEqual(starts(await ctx.store.listRuns({ since: 300 })), [600, 500, 400, 300], "since is inclusive");
        assert.deepEqual(starts(await ctx.store.listRuns({ since: 301 })), [600, 500, 400]);
        assert.deepEqual(starts(await ctx.store.listRuns({ since: 601 })), []);
        assert.deepEqual(starts(await ctx.store.listRuns({ since: 0 })), [600, 500, 400, 300, 200, 100]);
        assert.deepEqual(starts(await ctx.store.listRuns({ errorKind: "timeout" })), [600, 300, 200]);
        assert.deepEqual(starts(await ctx.store.listRuns({ errorKind: "script" })), [400]);
        assert.deepEqual(starts(await ctx.store.listRuns({ errorKind: "host" })), []);
        assert.deepEqual(starts(await ctx.store.listRuns({ errorKind: "timeout", since: 250 })), [600, 300]);
        assert.deepEqual(starts(await ctx.store.listRuns({ errorKind: "timeout", work: "f-a" })), [600, 200]);
        assert.deepEqual(starts(await ctx.store.listRuns({ errorKind: "timeout", status: "succeeded" })), []);
        assert.deepEqual(starts(await ctx.store.listRuns({ since: 200, work: "f-a", limit: 2 })), [600, 400]);
        assert.ok((await ctx.store.listRuns({ errorKind: "timeout" })).every((r) => r.errorKind === "timeout"));
      });
    });

    group("jobs whose run writes its own records", (ctx) => {
      async function leased(queue: string, owner = "me") {
        const { id } = await ctx.store.pushJob(queue, {}, { runAt: 0 });
        assert.deepEqual(ids(await ctx.store.claimJobs(queue, owner, 60_000, 1, 10)), [id]);
        return id;
      }
      const runCount = async () => (await ctx.store.listRuns({ limit: 10_000 })).length;

      it("completeJob with a null run marks the job done and records no run", async () => {
        const id = await leased("nr-done");
        const before = await runCount();
        assert.equal(await ctx.store.completeJob(id, "me", null), true);
        const j = await ctx.store.getJob(id);
        assert.equal(j?.state, "done");
        assert.equal(j?.leaseOwner, null);
        assert.equal(await runCount(), before);
        assert.equal(await ctx.store.completeJob(id, "me", null), false, "no longer leased");
      });

      it("failJob with a null run retries or kills the job and records no run", async () => {
        const retry = await leased("nr-fail");
        const dead = await leased("nr-fail");
        const before = await runCount();
        assert.equal(await ctx.store.failJob(retry, "me", "again", 5_000, null), true);
        assert.equal(await ctx.store.failJob(dead, "me", "fatal", null, null), true);
        const r = await ctx.store.getJob(retry);
        assert.equal(r?.state, "pending");
        assert.equal(r?.runAt, 5_000);
        assert.equal(r?.error, "again");
        const d = await ctx.store.getJob(dead);
        assert.equal(d?.state, "dead");
        assert.equal(d?.error, "fatal");
        assert.equal(await runCount(), before);
      });

      it("a null run with a lost lease changes nothing and returns false", async () => {
        const id = await leased("nr-lost");
        const before = await ctx.store.getJob(id);
        assert.equal(await ctx.store.completeJob(id, "not-me", null), false);
        assert.equal(await ctx.store.failJob(id, "not-me", "x", null, null), false);
        assert.equal(await ctx.store.failJob(id, "not-me", "x", 9_999, null), false);
        assert.deepEqual(await ctx.store.getJob(id), before);
      });
    });

    group("prune", (ctx) => {
      it("removes finished runs and done jobs older than the cutoff, keeps the newest cron slot per work", async () => {
        const T = Date.now();
        const H = 3_600_000;
        // Runs.
        const oldRun = mkRun({ work: "pr", startedAt: T - 3 * H, finishedAt: T - 2 * H });
        const midRun = mkRun({ work: "pr", startedAt: T - H, finishedAt: T - 30 * 60_000 });
        const runningOld = mkRun({ work: "pr", status: "running", startedAt: T - 5 * H, finishedAt: null });
        for (const r of [oldRun, midRun, runningOld]) await ctx.store.recordRun(r);
        // Jobs: one done now (its age is the completion time), and one of every other state.
        const mk = async (state: "pending" | "leased" | "done" | "dead") => {
          const { id } = await ctx.store.pushJob("pr-q", { state }, { runAt: T - 10 * H });
          if (state === "pending") return id;
          assert.deepEqual(ids(await ctx.store.claimJobs("pr-q", "o", 60_000, 1, T - 10 * H)), [id]);
          if (state === "done") assert.equal(await ctx.store.completeJob(id, "o", mkRun({ work: "pr-job", startedAt: T, finishedAt: T + 10 * H, jobId: id })), true);
          if (state === "dead") assert.equal(await ctx.store.failJob(id, "o", "e", null, mkRun({ work: "pr-job", startedAt: T, finishedAt: T + 10 * H, jobId: id })), true);
          return id;
        };
        const doneJob = await mk("done");
        const deadJob = await mk("dead");
        const leasedJob = await mk("leased");
        const pendingJob = await mk("pending");
        // Cron slots: w1 has three old slots, w2 a single old one, w3 a recent one.
        for (const s of [1, 2, 3]) assert.equal(await ctx.store.claimCronSlot("pr-w1", s * 60_000, "n", T - 2 * H), true);
        assert.equal(await ctx.store.claimCronSlot("pr-w2", 60_000, "n", T - 2 * H), true);
        assert.equal(await ctx.store.claimCronSlot("pr-w3", 60_000, "n", T), true);

        // Cutoff one hour ago: only the old run and w1's two older slots go.
        assert.equal(await ctx.store.prune(T - H), 3);
        assert.equal(await ctx.store.getRun(oldRun.id), null);
        assert.deepEqual(await ctx.store.getRun(midRun.id), midRun);
        assert.deepEqual(await ctx.store.getRun(runningOld.id), runningOld, "unfinished runs are never pruned");
        assert.equal((await ctx.store.getJob(doneJob))?.state, "done", "completed after the cutoff: kept");
        assert.equal(await ctx.store.lastCronSlot("pr-w1"), 180_000);
        assert.equal(await ctx.store.claimCronSlot("pr-w1", 180_000, "n2", T), false, "the newest slot is kept, so it cannot fire twice");
        assert.equal(await ctx.store.lastCronSlot("pr-w2"), 60_000, "a work's only slot is kept");
        assert.equal(await ctx.store.claimCronSlot("pr-w2", 60_000, "n2", T), false);

        // Cutoff in the future: the done job and the mid run go; everything else stays.
        const n = await ctx.store.prune(T + H);
        assert.equal(await ctx.store.getJob(doneJob), null);
        assert.equal(await ctx.store.getRun(midRun.id), null);
        assert.equal(n, 2);
        assert.equal((await ctx.store.getJob(deadJob))?.state, "dead");
        assert.equal((await ctx.store.getJob(leasedJob))?.state, "leased");
        assert.equal((await ctx.store.getJob(pendingJob))?.state, "pending");
        assert.deepEqual(await ctx.store.getRun(runningOld.id), runningOld);
        assert.equal(await ctx.store.lastCronSlot("pr-w1"), 180_000);
        assert.equal(await ctx.store.lastCronSlot("pr-w2"), 60_000);
        assert.equal(await ctx.store.lastCronSlot("pr-w3"), 60_000);
        assert.equal((await ctx.store.listRuns({ work: "pr-job" })).length, 2, "runs finished after the cutoff are kept");
      });
    });

    group("concurrency", (ctx) => {
      it("two instances draining one queue of 200 jobs (limit 10) claim every job exactly once", async (t) => {
        const a = ctx.store;
        const b = await ctx.open();
        const N = 200;
        const pushed = new Set<string>();
        for (let i = 0; i < N; i++) pushed.add((await (i % 2 ? a : b).pushJob("cc-q", { i }, { runAt: i })).id);
        const now = 1_000_000;
        const seen = new Map<string, string>();
        const dupes: string[] = [];
        const perOwner = new Map<string, number>();
        const worker = async (s: Store, owner: string) => {
          for (let round = 0; round < 1_000; round++) {
            const jobs = await s.claimJobs("cc-q", owner, 600_000, 10, now);
            if (jobs.length === 0) return;
            assert.ok(jobs.length <= 10);
            for (const j of jobs) {
              if (seen.has(j.id)) dupes.push(`${j.id} by ${seen.get(j.id)} and ${owner}`);
              seen.set(j.id, owner);
              assert.equal(j.attempts, 1);
            }
            perOwner.set(owner, (perOwner.get(owner) ?? 0) + jobs.length);
            // Complete half of them through the other instance's connection, to mix writes in.
            await Promise.all(jobs.map((j, k) => (k % 2 ? s : s === a ? b : a).completeJob(j.id, owner, mkRun({ work: "cc", jobId: j.id }))));
          }
          throw new Error("worker did not finish");
        };
        await Promise.all([worker(a, "a1"), worker(b, "b1"), worker(a, "a2"), worker(b, "b2")]);
        t.diagnostic(`claims per owner: ${JSON.stringify(Object.fromEntries(perOwner))}`);
        assert.deepEqual(dupes, []);
        assert.equal(seen.size, N);
        assert.deepEqual(new Set(seen.keys()), pushed);
        assert.equal([...perOwner.values()].reduce((x, y) => x + y, 0), N, `claims per owner: ${JSON.stringify(Object.fromEntries(perOwner))}`);
        const counts = (await a.queueCounts()).filter((c) => c.queue === "cc-q");
        assert.deepEqual(counts.map((c) => ({ state: c.state, count: c.count })), [{ state: "done", count: N }]);
        assert.equal((await b.listRuns({ work: "cc", limit: 1000 })).length, N);
      });
    });

    group("fleet-wide flow control: rate windows and capped claims", (ctx) => {
      // A window long enough that the tests below never straddle two (windows start at
      // multiples of the period on the store's clock: PostgreSQL's own, whatever `now` says).
      const YEAR = 365 * 86_400_000;
      const at = 5 * YEAR + 1234;

      it("takeRate grants up to the limit per window, across instances, and says when the window began", async () => {
        const a = ctx.store;
        const b = await ctx.open();
        const first = await a.takeRate("rate-a", 3, YEAR, 2, at);
        assert.equal(first.granted, 2);
        assert.equal(first.windowStart % YEAR, 0, "a window starts at a multiple of its period");
        assert.ok(first.windowStart <= first.now && first.now < first.windowStart + YEAR, `the store's time ${first.now} is in the window from ${first.windowStart}`);
        assert.equal((await b.takeRate("rate-a", 3, YEAR, 2, at)).granted, 1, "what is left of the window, through another instance");
        const spent = await a.takeRate("rate-a", 3, YEAR, 1, at);
        assert.equal(spent.granted, 0, "the window is used up");
        assert.equal(spent.windowStart, first.windowStart);
        assert.equal((await a.takeRate("rate-other", 3, YEAR, 5, at)).granted, 3, "each key has its own window");
      });

      it("returnRate gives unused starts back to their window, never below none", async () => {
        const s = ctx.store;
        const t = await s.takeRate("rate-r", 4, YEAR, 4, at);
        assert.equal(t.granted, 4);
        await s.returnRate("rate-r", t.windowStart, 3);
        assert.equal((await s.takeRate("rate-r", 4, YEAR, 10, at)).granted, 3);
        await s.returnRate("rate-r", t.windowStart, 100);
        assert.equal((await s.takeRate("rate-r", 4, YEAR, 10, at)).granted, 4, "a return never leaves more than the limit");
        await s.returnRate("rate-r", t.windowStart - YEAR, 2);
        assert.equal((await s.takeRate("rate-r", 4, YEAR, 1, at)).granted, 0, "a return to a past window changes nothing");
      });

      it("twenty concurrent takes from two instances are granted the limit, no more", async () => {
        const a = ctx.store;
        const b = await ctx.open();
        const got = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).takeRate("rate-race", 5, YEAR, 1, at)));
        assert.equal(got.reduce((n, g) => n + g.granted, 0), 5);
      });

      it("a new window starts over", async () => {
        const s = ctx.store;
        const per = 200;
        let t = at;
        const first = await s.takeRate("rate-w", 1, per, 1, t);
        assert.equal(first.granted, 1);
        // SQLite's windows follow `now`; PostgreSQL's its own clock: take until a later window answers.
        let next = first;
        const deadline = Date.now() + scaled(30_000);
        while (next.windowStart === first.windowStart && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 20));
          t += 20;
          next = await s.takeRate("rate-w", 1, per, 1, t);
          if (next.windowStart === first.windowStart) assert.equal(next.granted, 0, "the first window stays used up");
        }
        assert.ok(next.windowStart > first.windowStart, "a later window was reached within the guard");
        assert.equal(next.granted, 1);
      });

      it("claimJobsCapped leases no more than the cap across instances; an expired lease does not count", async () => {
        const a = ctx.store;
        const b = await ctx.open();
        for (let i = 0; i < 12; i++) await a.pushJob("capped", { i }, { runAt: i });
        const now = 1_000_000;
        const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).claimJobsCapped("capped", `o${i}`, 60_000, 10, 3, now)));
        const leased = claims.flat();
        assert.equal(leased.length, 3, `claims of ${claims.map((c) => c.length).join(", ")} jobs`);
        assert.equal(new Set(leased.map((j) => j.id)).size, 3);
        assert.deepEqual((await a.claimJobsCapped("capped", "late", 60_000, 10, 3, now)).length, 0, "the cap is full");
        assert.equal((await a.claimJobsCapped("capped", "more", 60_000, 10, 4, now)).length, 1, "a larger cap leaves one more");
        // One completes: its slot is free.
        assert.ok(await a.completeJob(leased[0]!.id, leased[0]!.leaseOwner!, null));
        const freed = await b.claimJobsCapped("capped", "next", 60_000, 10, 4, now);
        assert.equal(freed.length, 1);
        assert.equal(freed[0]!.attempts, 1);
        // The leases end: none counts, and their jobs are claimed again (one more attempt each).
        const later = now + 120_000;
        const again = await a.claimJobsCapped("capped", "after", 60_000, 10, 4, later);
        assert.equal(again.length, 4);
        assert.ok(again.some((j) => j.attempts === 2), "an expired lease's job is taken over");
        assert.deepEqual(await a.claimJobsCapped("capped", "x", 60_000, 0, 4, later), []);
        assert.deepEqual(await a.claimJobsCapped("capped", "x", 60_000, 5, 0, later), []);
      });

      it("completeJobs then claims in one transaction: the slots it freed count, a stale owner's do not, and the cap holds across instances", async () => {
        const a = ctx.store;
        const b = await ctx.open();
        const queue = `cc 'q' \\`;
        const owner = `A'\\"`;
        for (let i = 0; i < 20; i++) await a.pushJob(queue, { i }, { runAt: i });
        const now = 2_000_000;
        const first = await a.claimJobsCapped(queue, owner, 60_000, 4, 4, now);
        assert.equal(first.length, 4);
        // jobs 0 and 1 complete (with a run record and without), job 2 under a stale owner, job 3 stays running.
        const run = mkRun({ jobId: first[0]!.id });
        const staleRun = mkRun({ jobId: first[2]!.id });
        const done = [
          { jobId: first[0]!.id, owner, run },
          { jobId: first[1]!.id, owner, run: null },
          { jobId: first[2]!.id, owner: "stale", run: staleRun },
        ];
        const r = await b.completeJobs(done, { queue, owner: "B", leaseMs: 60_000, limit: 10, now, cap: 4 });
        assert.deepEqual(r.kept, [true, true, false], "each completion under its own lease; the stale one refused alone");
        assert.equal(r.jobs.length, 2, "two slots freed (jobs 2 and 3 still hold theirs): two claimed, not three");
        assert.ok(r.jobs.every((j) => j.queue === queue && j.leaseOwner === "B" && j.state === "leased"));
        assert.deepEqual(r.jobs.map((j) => (j.payload as { i: number }).i), [4, 5], "the next due jobs, in order");
        assert.equal((await a.getJob(first[0]!.id))?.state, "done");
        assert.equal((await a.getJob(first[2]!.id))?.leaseOwner, owner, "the stale owner's job stays its lease holder's");
        assert.notEqual(await a.getRun(run.id), null, "the kept completion's run record is written");
        assert.equal(await a.getRun(staleRun.id), null, "the refused one's is not");
        // The cap is full: completions without a kept one free nothing; a claim alone finds none.
        assert.deepEqual(await a.completeJobs([{ jobId: first[3]!.id, owner: "stale", run: null }], { queue, owner: "C", leaseMs: 60_000, limit: 10, now, cap: 4 }), { kept: [false], jobs: [] });
        // Completions and claims of both instances at once: never more than the cap leased.
        const leased = (await a.listJobs(queue, "leased", 100)).filter((j) => j.leaseOwner !== null);
        assert.equal(leased.length, 4);
        const results = await Promise.all([
          a.completeJobs(leased.slice(0, 2).map((j) => ({ jobId: j.id, owner: j.leaseOwner!, run: mkRun({ jobId: j.id }) })), { queue, owner: "D", leaseMs: 60_000, limit: 10, now, cap: 4 }),
          b.completeJobs(leased.slice(2).map((j) => ({ jobId: j.id, owner: j.leaseOwner!, run: null })), { queue, owner: "E", leaseMs: 60_000, limit: 10, now, cap: 4 }),
          a.claimJobsCapped(queue, "F", 60_000, 10, 4, now),
          b.claimJobsCapped(queue, "G", 60_000, 10, 4, now),
        ]);
        assert.deepEqual(results.slice(0, 2).map((x) => x.kept), [[true, true], [true, true]]);
        const claimed = [...results[0]!.jobs, ...results[1]!.jobs, ...results[2]!, ...results[3]!];
        assert.equal(claimed.length, 4, `claims of ${results.map((x) => ("jobs" in x ? x.jobs : x).length).join(", ")}`);
        assert.equal((await a.listJobs(queue, "leased", 100)).length, 4, "the cap of 4 holds");
        // Without a cap the claim takes up to its limit; a null claim completes only.
        const loose = await a.completeJobs([{ jobId: claimed[0]!.id, owner: claimed[0]!.leaseOwner!, run: null }], { queue, owner: "H", leaseMs: 60_000, limit: 3, now });
        assert.deepEqual([loose.kept, loose.jobs.length], [[true], 3]);
        assert.deepEqual(await a.completeJobs([{ jobId: claimed[1]!.id, owner: claimed[1]!.leaseOwner!, run: null }], null), { kept: [true], jobs: [] });
      });

      it("completeJobs packs plain successes' records with their jobs; with a completion refused, only the completed jobs' records are kept", async () => {
        const s = ctx.store;
        const queue = "packed";
        const owner = `o$kw$'"\\`;
        for (let i = 0; i < 6; i++) await s.pushJob(queue, { i }, { runAt: i });
        const now = 3_000_000;
        const jobs = await s.claimJobs(queue, owner, 60_000, 6, now);
        assert.equal(jobs.length, 6);
        const plain = (jobId: string) => mkRun({ id: timeOrderedId(), logs: [], jobId, work: "packer" });
        // All completed: every record is found, by id and in the work's listing.
        const first = jobs.slice(0, 3).map((j) => ({ jobId: j.id, owner, run: plain(j.id) }));
        const failed = mkRun({ id: timeOrderedId(), jobId: jobs[3]!.id, work: "packer", status: "failed", error: "boom $kw$", errorKind: "script" });
        const r = await s.completeJobs([...first, { jobId: jobs[3]!.id, owner, run: failed }], { queue, owner, leaseMs: 60_000, limit: 0, now });
        assert.deepEqual(r.kept, [true, true, true, true]);
        for (const d of first) assert.deepEqual((await s.getRun(d.run.id))?.jobId, d.jobId, "a packed record is found by its id, with its job");
        assert.equal((await s.getRun(failed.id))?.error, "boom $kw$");
        assert.equal((await s.listRuns({ work: "packer", limit: 10 })).length, 4);
        // One of the batch under a stale owner: the others complete, with their records; the refused one's is not kept.
        const kept = { jobId: jobs[4]!.id, owner, run: plain(jobs[4]!.id) };
        const refused = { jobId: jobs[5]!.id, owner: "stale", run: plain(jobs[5]!.id) };
        const r2 = await s.completeJobs([kept, refused], { queue, owner, leaseMs: 60_000, limit: 5, now });
        assert.deepEqual(r2.kept, [true, false]);
        assert.equal((await s.getJob(jobs[4]!.id))?.state, "done");
        assert.equal((await s.getJob(jobs[5]!.id))?.state, "leased", "the refused job stays its lease holder's");
        assert.equal((await s.getRun(kept.run.id))?.status, "succeeded");
        assert.equal(await s.getRun(refused.run.id), null, "no record of the refused completion");
        assert.equal((await s.listRuns({ work: "packer", limit: 10 })).length, 5);
      });

      it("claimJobsCapped takes any queue and owner name as written: quotes, backslashes, a statement's end", async () => {
        const s = ctx.store;
        const queue = `it's "q" \\'; DROP TABLE kw_jobs; --`;
        const owner = `o'\\wn"er`;
        for (let i = 0; i < 3; i++) await s.pushJob(queue, { i }, { runAt: i });
        await s.pushJob("other", { i: 9 }, { runAt: 0 });
        const jobs = await s.claimJobsCapped(queue, owner, 60_000, 10, 2, 1_000_000);
        assert.deepEqual(jobs.map((j) => [j.queue, j.leaseOwner, (j.payload as { i: number }).i]), [
          [queue, owner, 0],
          [queue, owner, 1],
        ]);
        assert.ok(await s.completeJob(jobs[0]!.id, owner, null), "the lease is the owner's, as written");
        assert.equal((await s.claimJobsCapped(queue, "next", 60_000, 10, 2, 1_000_000)).length, 1, "one slot freed");
        assert.equal((await s.listJobs("other", "pending", 10)).length, 1, "another queue's job is not taken");
      });
    });

    group("deployments", (ctx) => {
      const file = (p: string, data: string | Buffer) => ({ path: p, data: Buffer.isBuffer(data) ? data : Buffer.from(data) });
      const deployment = (n: number, extra: Array<{ path: string; data: Buffer }> = []) => ({
        createdBy: `dev${n}@host`,
        message: n % 2 ? `deploy ${n}` : null,
        works: 1,
        digest: `digest-${n}`,
        files: [file("kitwork.json", `{"env": []}`), file("works/a.js", `// version ${n}\nreturn ${n};\n`), ...extra],
      });

      it("an empty store has no deployment, and refuses to roll back to one", async () => {
        assert.equal(await ctx.store.currentDeployment(), null);
        assert.deepEqual(await ctx.store.listDeployments(10), []);
        assert.equal(await ctx.store.getDeployment(1), null);
        assert.equal(await ctx.store.deploymentFiles(1), null);
        assert.equal(await ctx.store.activateDeployment(1, 5_000), null);
        assert.equal(await ctx.store.currentDeployment(), null);
      });

      it("a deployment keeps its files byte for byte, text and binary alike, and becomes current", async () => {
        const binary = Buffer.from([0, 1, 2, 0xff, 0xfe, 0x80, 10, 0]);
        const d = await ctx.store.createDeployment(deployment(1, [file("works/data/logo.bin", binary), file("works/ünï/cødé ✓.js", "return '✓';\n"), file("works/empty.txt", "")]), 10_000);
        assert.deepEqual(d, {
          id: 1,
          createdAt: 10_000,
          createdBy: "dev1@host",
          message: "deploy 1",
          works: 1,
          files: 5,
          bytes: Buffer.byteLength(`{"env": []}`) + Buffer.byteLength("// version 1\nreturn 1;\n") + binary.length + Buffer.byteLength("return '✓';\n"),
          digest: "digest-1",
          activatedAt: 10_000,
          current: true,
        });
        assert.deepEqual(await ctx.store.currentDeployment(), d);
        const files = (await ctx.store.deploymentFiles(1))!;
        assert.deepEqual(files.map((f) => f.path), ["kitwork.json", "works/a.js", "works/data/logo.bin", "works/empty.txt", "works/ünï/cødé ✓.js"]);
        assert.ok(files.find((f) => f.path === "works/data/logo.bin")!.data.equals(binary));
        assert.equal(files.find((f) => f.path === "works/ünï/cødé ✓.js")!.data.toString("utf8"), "return '✓';\n");
        assert.equal(files.find((f) => f.path === "works/empty.txt")!.data.length, 0);
        // Another instance on the same store sees it.
        const other = await ctx.open();
        assert.deepEqual(await other.currentDeployment(), d);
      });

      it("deploys are numbered in order; the newest is current until a rollback makes an older one current again", async () => {
        const d2 = await ctx.store.createDeployment(deployment(2), 20_000);
        const d3 = await ctx.store.createDeployment(deployment(3), 30_000);
        assert.deepEqual([d2.id, d3.id], [2, 3]);
        assert.deepEqual((await ctx.store.listDeployments(10)).map((d) => [d.id, d.current]), [[3, true], [2, false], [1, false]]);
        assert.deepEqual((await ctx.store.listDeployments(2)).map((d) => d.id), [3, 2]);
        assert.equal((await ctx.store.deploymentFiles(2))!.find((f) => f.path === "works/a.js")!.data.toString(), "// version 2\nreturn 2;\n");

        const back = await ctx.store.activateDeployment(2, 40_000);
        assert.equal(back?.id, 2);
        assert.equal(back?.current, true);
        assert.equal(back?.activatedAt, 40_000);
        assert.equal(back?.createdAt, 20_000);
        assert.equal((await ctx.store.currentDeployment())?.id, 2);
        assert.deepEqual((await ctx.store.listDeployments(10)).map((d) => [d.id, d.current]), [[3, false], [2, true], [1, false]]);
        // Making the current one current again changes nothing.
        assert.equal((await ctx.store.activateDeployment(2, 50_000))?.activatedAt, 40_000);
        // Forward again, then a new deploy goes over the rollback.
        assert.equal((await ctx.store.activateDeployment(3, 60_000))?.current, true);
        assert.equal((await ctx.store.activateDeployment(1, 70_000))?.current, true);
        const d4 = await ctx.store.createDeployment(deployment(4), 80_000);
        assert.equal(d4.id, 4);
        assert.equal((await ctx.store.currentDeployment())?.id, 4);
        assert.equal(await ctx.store.activateDeployment(99, 90_000), null);
        assert.equal((await ctx.store.currentDeployment())?.id, 4);
      });

      it("deploys and rollbacks from two instances at once take distinct ids and leave exactly one current", async () => {
        const a = await ctx.open();
        const b = await ctx.open();
        const start = (await ctx.store.listDeployments(1))[0]?.id ?? 0;
        const made = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).createDeployment(deployment(100 + i), 100_000 + i)));
        const ids = made.map((d) => d.id).sort((x, y) => x - y);
        assert.deepEqual(ids, Array.from({ length: 8 }, (_, i) => start + 1 + i));
        await Promise.all(ids.slice(0, 6).map((id, i) => (i % 2 ? a : b).activateDeployment(id, 200_000 + i)));
        const list = await ctx.store.listDeployments(100);
        assert.equal(list.filter((d) => d.current).length, 1, JSON.stringify(list.map((d) => [d.id, d.current])));
        assert.equal((await a.currentDeployment())?.id, list.find((d) => d.current)!.id);
      });

      it("prune keeps every deployment", async () => {
        const before = (await ctx.store.listDeployments(100)).length;
        await ctx.store.prune(Number.MAX_SAFE_INTEGER);
        assert.equal((await ctx.store.listDeployments(100)).length, before);
        assert.ok((await ctx.store.deploymentFiles(1))!.length > 0);
      });
    });
  });
}

// ---------------------------------------------------------------------------------------
// Upgrades: stores written by earlier versions open and are upgraded in place

/** Statements on a database without the store's code, to build and inspect old stores. */
interface Raw {
  exec(sql: string): Promise<void>;
  rows(sql: string): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

interface UpgradeBackend {
  /** The DDL each earlier schema version wrote, verbatim from that version's store. */
  ddl: Record<1 | 2 | 3, string[]>;
  fresh(): Promise<{ url: string; raw(): Promise<Raw>; dispose(): Promise<void> }>;
  version(raw: Raw): Promise<number>;
  setVersion(raw: Raw, n: number): Promise<void>;
  /** Tables, columns and indexes, comparable between two databases. */
  shape(raw: Raw): Promise<unknown>;
}

const SQLITE_V2 = [
  `CREATE TABLE IF NOT EXISTS kw_versions (hash TEXT PRIMARY KEY, file TEXT NOT NULL, name TEXT NOT NULL, source TEXT NOT NULL, created_at INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS kw_jobs (id TEXT PRIMARY KEY, queue TEXT NOT NULL, payload TEXT NOT NULL, key TEXT, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, run_at INTEGER NOT NULL, lease_owner TEXT, lease_until INTEGER, error TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS kw_jobs_due ON kw_jobs (queue, state, run_at)`,
  `CREATE UNIQUE INDEX IF NOT EXISTS kw_jobs_key ON kw_jobs (queue, key) WHERE key IS NOT NULL AND state IN ('pending', 'leased')`,
  `CREATE TABLE IF NOT EXISTS kw_cron_slots (work TEXT NOT NULL, slot INTEGER NOT NULL, owner TEXT NOT NULL, fired_at INTEGER NOT NULL, PRIMARY KEY (work, slot))`,
  `CREATE TABLE IF NOT EXISTS kw_runs (id TEXT PRIMARY KEY, work TEXT NOT NULL, version TEXT NOT NULL, trigger TEXT NOT NULL, status TEXT NOT NULL, attempt INTEGER NOT NULL, started_at INTEGER NOT NULL, finished_at INTEGER, error TEXT, result_size INTEGER, logs TEXT NOT NULL, job_id TEXT)`,
  `CREATE INDEX IF NOT EXISTS kw_runs_recent ON kw_runs (started_at)`,
  `CREATE INDEX IF NOT EXISTS kw_runs_work ON kw_runs (work, started_at)`,
  // schema 2: durable runs and kept signals
  `CREATE TABLE IF NOT EXISTS kw_durable (run_id TEXT PRIMARY KEY, work TEXT NOT NULL, version TEXT NOT NULL, file TEXT NOT NULL, trigger TEXT NOT NULL, state TEXT NOT NULL, wake_at INTEGER, event TEXT, resume_value TEXT, snapshot TEXT NOT NULL, effects INTEGER NOT NULL, checkpoints INTEGER NOT NULL, attempt INTEGER NOT NULL, lease_owner TEXT, lease_until INTEGER, result TEXT, error TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS kw_durable_due ON kw_durable (state, wake_at)`,
  `CREATE INDEX IF NOT EXISTS kw_durable_event ON kw_durable (event, state)`,
  `CREATE TABLE IF NOT EXISTS kw_signals (id TEXT PRIMARY KEY, event TEXT NOT NULL, data TEXT NOT NULL, expires_at INTEGER NOT NULL, created_at INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS kw_signals_event ON kw_signals (event, created_at)`,
];

const PG_V2 = [
  `CREATE TABLE IF NOT EXISTS kw_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS kw_versions (hash TEXT PRIMARY KEY, file TEXT NOT NULL, name TEXT NOT NULL, source TEXT NOT NULL, created_at BIGINT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS kw_jobs (id TEXT PRIMARY KEY, queue TEXT NOT NULL, payload TEXT NOT NULL, key TEXT, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, run_at BIGINT NOT NULL, lease_owner TEXT, lease_until BIGINT, error TEXT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS kw_jobs_due ON kw_jobs (queue, state, run_at)`,
  `CREATE UNIQUE INDEX IF NOT EXISTS kw_jobs_key ON kw_jobs (queue, key) WHERE key IS NOT NULL AND state IN ('pending', 'leased')`,
  `CREATE TABLE IF NOT EXISTS kw_cron_slots (work TEXT NOT NULL, slot BIGINT NOT NULL, owner TEXT NOT NULL, fired_at BIGINT NOT NULL, PRIMARY KEY (work, slot))`,
  `CREATE TABLE IF NOT EXISTS kw_runs (id TEXT PRIMARY KEY, work TEXT NOT NULL, version TEXT NOT NULL, trigger TEXT NOT NULL, status TEXT NOT NULL, attempt INTEGER NOT NULL, started_at BIGINT NOT NULL, finished_at BIGINT, error TEXT, result_size INTEGER, logs TEXT NOT NULL, job_id TEXT)`,
  `CREATE INDEX IF NOT EXISTS kw_runs_recent ON kw_runs (started_at)`,
  `CREATE INDEX IF NOT EXISTS kw_runs_work ON kw_runs (work, started_at)`,
  // schema 2: durable runs and kept signals
  `CREATE TABLE IF NOT EXISTS kw_durable (run_id TEXT PRIMARY KEY, work TEXT NOT NULL, version TEXT NOT NULL, file TEXT NOT NULL, trigger TEXT NOT NULL, state TEXT NOT NULL, wake_at BIGINT, event TEXT, resume_value TEXT, snapshot TEXT NOT NULL, effects INTEGER NOT NULL, checkpoints INTEGER NOT NULL, attempt INTEGER NOT NULL, lease_owner TEXT, lease_until BIGINT, result TEXT, error TEXT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS kw_durable_due ON kw_durable (state, wake_at)`,
  `CREATE INDEX IF NOT EXISTS kw_durable_event ON kw_durable (event, state)`,
  `CREATE TABLE IF NOT EXISTS kw_signals (id TEXT PRIMARY KEY, event TEXT NOT NULL, data TEXT NOT NULL, expires_at BIGINT NOT NULL, created_at BIGINT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS kw_signals_event ON kw_signals (event, created_at)`,
];

/** Schema 1 was schema 2 without durable runs and kept signals. */
const upTo1 = (ddl: string[]) => ddl.slice(0, ddl.findIndex((s) => s.includes("kw_durable")));
/** Schema 3 added kw_runs.error_kind and its index to schema 2. */
const with3 = (ddl: string[]) => [
  ...ddl,
  `ALTER TABLE kw_runs ADD COLUMN error_kind TEXT`,
  `CREATE INDEX IF NOT EXISTS kw_runs_error_kind ON kw_runs (error_kind, started_at) WHERE error_kind IS NOT NULL`,
];

const sqliteUpgrade: UpgradeBackend = {
  ddl: { 1: upTo1(SQLITE_V2), 2: SQLITE_V2, 3: with3(SQLITE_V2) },
  async fresh() {
    const dir = path.join(tmpRoot, `u${++sqliteGroups}`);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "state.db");
    return {
      url: `sqlite:${file}`,
      async raw() {
        const db = new Database(file);
        return {
          exec: async (sql) => void db.exec(sql),
          rows: async (sql) => db.prepare(sql).all() as Array<Record<string, unknown>>,
          close: async () => void db.close(),
        };
      },
      dispose: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  },
  version: async (raw) => Number((await raw.rows(`PRAGMA user_version`))[0]!.user_version),
  setVersion: (raw, n) => raw.exec(`PRAGMA user_version = ${n}`),
  async shape(raw) {
    const tables = (await raw.rows(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name LIKE 'kw_%' ORDER BY name`)).map((t) => t.name as string);
    const out: Record<string, unknown> = {};
    for (const t of tables) {
      const indexes = await raw.rows(`SELECT name, "unique", partial FROM pragma_index_list('${t}') ORDER BY name`);
      out[t] = {
        columns: await raw.rows(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info('${t}')`),
        indexes: await Promise.all(
          indexes.map(async (i) => {
            const sql = (await raw.rows(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '${i.name}'`))[0]?.sql as string | null | undefined;
            const cols = (await raw.rows(`SELECT name FROM pragma_index_info('${i.name}') ORDER BY seqno`)).map((c) => c.name);
            // Primary-key indexes are named by SQLite; their columns say what they are.
            return { name: String(i.name).startsWith("sqlite_autoindex_") ? "pk" : i.name, unique: i.unique, cols, where: sql?.split(" WHERE ")[1] ?? null };
          }),
        ),
      };
    }
    return out;
  },
};

const pgUpgrade: UpgradeBackend = {
  ddl: { 1: upTo1(PG_V2), 2: PG_V2, 3: with3(PG_V2) },
  async fresh() {
    const env = await pgEnv();
    const schema = pgSchemas[pgSchemas.length - 1]!;
    const url = withSearchPath(PG_URL, schema);
    return {
      url,
      async raw() {
        const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: scaled(30_000) });
        await c.connect();
        return {
          exec: async (sql) => void (await c.query(sql)),
          rows: async (sql) => (await c.query(sql)).rows,
          close: () => c.end(),
        };
      },
      dispose: env.dispose,
    };
  },
  version: async (raw) => Number((await raw.rows(`SELECT value FROM kw_meta WHERE key = 'schema'`))[0]?.value ?? 0),
  setVersion: (raw, n) => raw.exec(`INSERT INTO kw_meta (key, value) VALUES ('schema', '${n}') ON CONFLICT (key) DO UPDATE SET value = excluded.value`),
  async shape(raw) {
    const columns = await raw.rows(
      `SELECT table_name, column_name, data_type, is_nullable, column_default, ordinal_position FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
    );
    const indexes = await raw.rows(`SELECT tablename, indexname, replace(indexdef, current_schema() || '.', '') AS def FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname`);
    return { columns, indexes };
  },
};

const T0 = 1_767_225_600_000;

/** Rows as an older store wrote them (literal SQL, the same in both dialects). */
function oldRows(version: 1 | 2 | 3): string[] {
  const rows = [
    `INSERT INTO kw_versions (hash, file, name, source, created_at) VALUES ('h-old', 'old.js', 'old', 'export default 1 // é', ${T0})`,
    `INSERT INTO kw_jobs (id, queue, payload, key, state, attempts, run_at, lease_owner, lease_until, error, created_at, updated_at)
     VALUES ('job-old', 'q-old', '{"n":1,"s":"é"}', 'k-old', 'pending', 1, ${T0 + 5}, NULL, NULL, 'flaky', ${T0}, ${T0 + 1})`,
    `INSERT INTO kw_cron_slots (work, slot, owner, fired_at) VALUES ('cron-old', ${T0}, 'n1', ${T0 + 2})`,
    `INSERT INTO kw_runs (id, work, version, trigger, status, attempt, started_at, finished_at, error, result_size, logs, job_id)
     VALUES ('run-old', 'old', 'h-old', 'queue', 'failed', 2, ${T0 + 123}, ${T0 + 999}, 'TypeError: boom', NULL, '[{"level":"warn","args":["a",1],"at":${T0 + 500}}]', 'job-old')`,
  ];
  if (version >= 2) {
    rows.push(
      `INSERT INTO kw_durable (run_id, work, version, file, trigger, state, wake_at, event, resume_value, snapshot, effects, checkpoints, attempt, lease_owner, lease_until, result, error, created_at, updated_at)
       VALUES ('durable-old', 'old', 'h-old', 'old.js', 'http', 'sleeping', ${T0 + 60_000}, NULL, NULL, '{"snap":1}', 3, 2, 1, NULL, NULL, NULL, NULL, ${T0}, ${T0 + 10})`,
      `INSERT INTO kw_signals (id, event, data, expires_at, created_at) VALUES ('sig-old', 'ev-old', '{"x":1}', ${T0 + 86_400_000}, ${T0})`,
    );
  }
  return rows;
}

function upgradeSuite(name: string, backend: UpgradeBackend, opts: { skip?: string } = {}) {
  describe(`store upgrades: ${name}`, { skip: opts.skip }, () => {
    for (const from of [3, 2, 1] as const) {
      it(`a store of schema ${from} opens, is upgraded in place to ${SCHEMA_VERSION}, and its rows read back`, async () => {
        const db = await backend.fresh();
        const reference = await backend.fresh();
        const stores: Store[] = [];
        try {
          let raw = await db.raw();
          for (const s of [...backend.ddl[from], ...oldRows(from)]) await raw.exec(s);
          await backend.setVersion(raw, from);
          await raw.close();

          const store = await openStore(db.url);
          stores.push(store);
          raw = await db.raw();
          assert.equal(await backend.version(raw), SCHEMA_VERSION);
          const fresh = await openStore(reference.url);
          stores.push(fresh);
          const refRaw = await reference.raw();
          assert.deepEqual(await backend.shape(raw), await backend.shape(refRaw), "an upgraded store has the schema of a new one");
          await refRaw.close();
          await raw.close();

          assert.deepEqual(await store.getRun("run-old"), {
            id: "run-old", work: "old", version: "h-old", trigger: "queue", status: "failed", attempt: 2, startedAt: T0 + 123, finishedAt: T0 + 999,
            error: "TypeError: boom", resultSize: null, logs: [{ level: "warn", args: ["a", 1], at: T0 + 500 }], jobId: "job-old", errorKind: null,
          });
          assert.deepEqual(await store.getVersion("h-old"), { hash: "h-old", file: "old.js", name: "old", source: "export default 1 // é" });
          assert.equal(await store.lastCronSlot("cron-old"), T0);
          assert.equal(await store.claimCronSlot("cron-old", T0, "n2", T0 + 3), false, "an old slot is still claimed");
          const job = await store.getJob("job-old");
          assert.deepEqual(job, { id: "job-old", queue: "q-old", payload: { n: 1, s: "é" }, key: "k-old", state: "pending", attempts: 1, runAt: T0 + 5, leaseOwner: null, leaseUntil: null, error: "flaky", createdAt: T0, trace: null });
          assert.deepEqual(await store.pushJob("q-old", {}, { runAt: 0, key: "k-old" }), { id: "job-old", deduped: true }, "the old job's key still dedupes");
          assert.deepEqual(ids(await store.claimJobs("q-old", "o", 60_000, 10, T0 + 5)), ["job-old"]);
          assert.equal(await store.completeJob("job-old", "o", null), true);
          // Schema 4: a key pushed with a ttl is held for its window, after its job is done too.
          const held = await store.pushJob("q-old", {}, { runAt: 0, key: "k-ttl", ttlMs: 60_000, now: T0 });
          assert.equal(held.deduped, false);
          assert.deepEqual(await store.pushJob("q-old", {}, { runAt: 0, key: "k-ttl", ttlMs: 60_000, now: T0 + 1 }), { id: held.id, deduped: true });
          // Schema 6: a job keeps the W3C traceparent of the push that made it.
          const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
          const traced = await store.pushJob("q-old", {}, { runAt: 0, trace: traceparent });
          assert.equal((await store.getJob(traced.id))?.trace, traceparent);

          if (from >= 2) {
            const d = await store.getDurable("durable-old");
            assert.equal(d?.state, "sleeping");
            assert.equal(d?.wakeAt, T0 + 60_000);
            assert.equal(d?.snapshot, '{"snap":1}');
            assert.equal(d?.effects, 3);
            assert.equal(d?.checkpoints, 2);
            // The kept signal is consumed by the first run that waits for its event.
            const runId = `run-waits-${randomUUID().slice(0, 8)}`;
            const run = mkRun({ id: runId, status: "suspended", finishedAt: null, trigger: "http" });
            assert.equal(await store.checkpoint({ runId, work: "w", version: "h-old", file: "old.js", source: "", trigger: "http", kind: "wait", wakeAt: null, event: "ev-old", snapshot: "{}", effects: 0, attempt: 1, run }, null, T0 + 20), true);
            const woke = await store.getDurable(runId);
            assert.equal(woke?.state, "due");
            assert.equal(woke?.resumeValue, '{"x":1}');
          }

          // New records with error kinds sit beside the old ones.
          const timedOut = mkRun({ work: "old", status: "failed", error: "timeout", errorKind: "timeout", startedAt: T0 + 2_000 });
          await store.recordRuns([timedOut, mkRun({ work: "old", startedAt: T0 + 3_000 })]);
          assert.deepEqual(await store.listRuns({ errorKind: "timeout" }), [timedOut]);
          assert.deepEqual((await store.listRuns({ work: "old", since: T0 + 123 })).map((r) => r.startedAt), [T0 + 3_000, T0 + 2_000, T0 + 123]);

          // Opening it again changes nothing.
          const again = await openStore(db.url);
          stores.push(again);
          assert.equal((await again.getRun("run-old"))?.errorKind, null);
          assert.deepEqual(await again.getRun(timedOut.id), timedOut);
        } finally {
          for (const s of stores) await s.close().catch(() => {});
          await db.dispose();
          await reference.dispose();
        }
      });
    }

    it("a store of schema 5 (jobs without their trace) is upgraded in place, its jobs read back without one", async () => {
      const db = await backend.fresh();
      try {
        const made = await openStore(db.url);
        const old = await made.pushJob("q5", { n: 5 }, { runAt: 0 });
        await made.close();
        // Schema 5 as it was: kw_jobs without the trace column.
        let raw = await db.raw();
        await raw.exec(`ALTER TABLE kw_jobs DROP COLUMN trace`);
        await backend.setVersion(raw, 5);
        await raw.close();
        const store = await openStore(db.url);
        try {
          raw = await db.raw();
          assert.equal(await backend.version(raw), SCHEMA_VERSION);
          await raw.close();
          assert.equal((await store.getJob(old.id))?.trace, null);
          const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
          const traced = await store.pushJob("q5", {}, { runAt: 0, trace: traceparent });
          assert.equal((await store.getJob(traced.id))?.trace, traceparent);
        } finally {
          await store.close();
        }
      } finally {
        await db.dispose();
      }
    });

    it("a store of schema 10 (a status index over every run) is upgraded to the partial one, and still lists runs by status", async () => {
      const db = await backend.fresh();
      const reference = await backend.fresh();
      const stores: Store[] = [];
      try {
        const made = await openStore(db.url);
        const failed = mkRun({ work: "s10", status: "failed", error: "boom", startedAt: T0 + 1 });
        const ok = mkRun({ work: "s10", status: "succeeded", startedAt: T0 + 2 });
        await made.recordRuns([failed, ok]);
        await made.close();
        // Schema 10 as it was: kw_runs_status held every run, and the partial index did not exist.
        let raw = await db.raw();
        await raw.exec(`DROP INDEX kw_runs_unusual`);
        await raw.exec(`CREATE INDEX kw_runs_status ON kw_runs (status, started_at)`);
        await backend.setVersion(raw, 10);
        await raw.close();
        const store = await openStore(db.url);
        stores.push(store);
        stores.push(await openStore(reference.url));
        raw = await db.raw();
        const refRaw = await reference.raw();
        assert.equal(await backend.version(raw), SCHEMA_VERSION);
        assert.deepEqual(await backend.shape(raw), await backend.shape(refRaw), "an upgraded store has the schema of a new one");
        await refRaw.close();
        await raw.close();
        assert.deepEqual(await store.listRuns({ work: "s10", status: "failed" }), [failed]);
        assert.deepEqual(await store.listRuns({ work: "s10", status: "succeeded" }), [ok]);
      } finally {
        for (const s of stores) await s.close().catch(() => {});
        await db.dispose();
        await reference.dispose();
      }
    });

    it("a store of a newer schema is refused, and left as it was", async () => {
      const db = await backend.fresh();
      try {
        const store = await openStore(db.url);
        await store.recordRun(mkRun({ id: "run-kept" }));
        await store.close();
        let raw = await db.raw();
        await backend.setVersion(raw, SCHEMA_VERSION + 1);
        await raw.close();
        await assert.rejects(openStore(db.url), (e: unknown) => {
          assert.ok(e instanceof StoreError, `expected a StoreError, got ${e}`);
          assert.match((e as Error).message, new RegExp(`created by a newer Kitwork \\(schema ${SCHEMA_VERSION + 1}; this one knows ${SCHEMA_VERSION}\\)`));
          return true;
        });
        raw = await db.raw();
        assert.equal(await backend.version(raw), SCHEMA_VERSION + 1);
        assert.equal((await raw.rows(`SELECT id FROM kw_runs`)).length, 1);
        await raw.close();
      } finally {
        await db.dispose();
      }
    });
  });
}

// ---------------------------------------------------------------------------------------
// Run it against both stores

storeContract("sqlite", sqliteEnv);
upgradeSuite("sqlite", sqliteUpgrade);

if (pgProblem && !inCI) {
  const notice = `PostgreSQL not reachable at ${PG_URL} (${pgProblem}); skipping the PostgreSQL store tests (under CI=true they fail instead)`;
  console.log(`# NOTICE: ${notice}`);
  storeContract("postgres", pgEnv, { skip: notice });
  upgradeSuite("postgres", pgUpgrade, { skip: notice });
} else {
  describe("postgres test isolation", () => {
    it("pg honours ?options=-c search_path=… in the connection URL", async () => {
      assert.equal(pgProblem, null, `PostgreSQL not reachable at ${PG_URL}`);
      const schema = `${PG_SCHEMA_PREFIX}_probe`;
      await pgAdmin((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`));
      pgSchemas.push(schema);
      const probe = new pg.Client({ connectionString: withSearchPath(PG_URL, schema) });
      await probe.connect();
      try {
        const r = await probe.query("SELECT current_schema() AS s");
        assert.equal(r.rows[0].s, schema);
      } finally {
        await probe.end();
      }
    });
  });
  storeContract("postgres", pgEnv);
  upgradeSuite("postgres", pgUpgrade);
}

describe("the SQLite store's WAL", () => {
  it("is checkpointed in the background once runs are recorded, though it is far below SQLite's own threshold", async () => {
    const dir = fs.mkdtempSync(path.join(tmpRoot, "wal-"));
    const file = path.join(dir, "state.db");
    const store = await openStore(`sqlite:${file}`);
    try {
      // The WAL index (state.db-shm, little-endian here): mxFrame, the frames in the WAL, at
      // byte 16 of its header; nBackfill, the frames already written back, at byte 96.
      const frames = () => {
        const b = fs.readFileSync(`${file}-shm`).subarray(0, 128);
        return { inWal: b.readUInt32LE(16), backfilled: b.readUInt32LE(96) };
      };
      // Records with logs keep a row each: about 100 kB of WAL, a tenth of the 1,000 pages at which SQLite would checkpoint by itself.
      await store.recordRuns(Array.from({ length: 200 }, () => mkRun({ work: "wal", logs: [{ level: "info", args: ["x".repeat(200)], at: 1 }] })));
      assert.ok(frames().inWal > 0, "the records are in the WAL");
      await until(() => frames().backfilled >= frames().inWal, "the WAL to be checkpointed", { every: 50, detail: () => JSON.stringify(frames()) });
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
