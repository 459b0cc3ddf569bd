// npm run bench:queue — end-to-end job throughput: push → lease → VM run of a trivial
// work → complete (with its run record), on SQLite and PostgreSQL, with 1 and 4
// consumers (engine processes sharing the store are simulated by consumers in one
// process), plus the delay from push to start (p50/p99); then add → start latency on an
// idle queue: jobs pushed one at a time (--rate per second) through a second connection
// to the store, as another process would, to one engine with its default poll.
//
//   node --import tsx bench/queue.ts [--quick] [--jobs N] [--store sqlite|postgres] [--idle N] [--rate R]

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { Engine } from "../src/engine/engine.ts";
import { openStore } from "../src/store/index.ts";
import type { Store } from "../src/store/store.ts";

// A PostgreSQL store seals parked runs with the cluster's secret (docs/cluster.md).
process.env.KITWORK_SECRET ??= "bench-queue-secret-bench-queue-secret-0123";
const PG_URL = process.env.KITWORK_BENCH_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const quick = process.argv.includes("--quick");
const jobsArg = process.argv.indexOf("--jobs");
const JOBS = jobsArg > 0 ? Number(process.argv[jobsArg + 1]) : quick ? 1000 : 5000;
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ONLY = arg("--store");
const IDLE_JOBS = Number(arg("--idle") ?? (quick ? 100 : 250));
const IDLE_RATE = Number(arg("--rate") ?? 50);

const WORK = `
const w = work("bench consumer");
w.queue("bench", { concurrency: CONCURRENCY });
const n = w.payload.n;
return { n: n * 2 };
`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function pgReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/** A fresh PostgreSQL schema for one measurement. */
async function pgSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `kw_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`CREATE SCHEMA ${schema}`);
  await c.end();
  const sep = PG_URL.includes("?") ? "&" : "?";
  return {
    url: `${PG_URL}${sep}options=-c%20search_path%3D${schema}`,
    drop: async () => {
      const d = new pg.Client({ connectionString: PG_URL });
      await d.connect();
      await d.query(`DROP SCHEMA ${schema} CASCADE`);
      await d.end();
    },
  };
}

interface Result {
  store: string;
  consumers: number;
  jobs: number;
  seconds: number;
  jobsPerSec: number;
  p50DelayMs: number;
  p99DelayMs: number;
}

async function measure(storeName: string, storeUrl: string, consumers: number): Promise<Result> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-bench-queue-"));
  // A queue's concurrency is fleet-wide (docs/cluster.md): 16 for each consumer.
  fs.writeFileSync(path.join(dir, "consumer.js"), WORK.replace("CONCURRENCY", String(16 * consumers)));
  const stores: Store[] = [];
  const engines: Engine[] = [];
  for (let i = 0; i < consumers; i++) {
    const store = await openStore(storeUrl);
    stores.push(store);
    const engine = new Engine({ dir, store, pollMs: 5, databases: [], report: () => {} });
    engine.loadAll();
    engines.push(engine);
  }
  // Push every job first (timestamped in the payload), then start the consumers and time the drain.
  const pushStore = stores[0]!;
  const t0 = Date.now();
  for (let n = 0; n < JOBS; n++) await pushStore.pushJob("bench", { n, at: Date.now() }, { runAt: Date.now() });
  const pushSeconds = (Date.now() - t0) / 1000;
  const start = performance.now();
  const startedWall = Date.now();
  for (const e of engines) e.startJobs();
  for (;;) {
    const counts = await pushStore.queueCounts();
    const done = counts.filter((c) => c.queue === "bench" && c.state === "done").reduce((a, c) => a + Number(c.count), 0);
    if (done >= JOBS) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const seconds = (performance.now() - start) / 1000;
  // Delay from "could start" (push time, or the drain start for jobs pushed before it) to start.
  const runs = await pushStore.listRuns({ work: "bench consumer", limit: JOBS + 10 });
  const jobs = new Map((await pushStore.listJobs("bench", "done", JOBS + 10)).map((j) => [j.id, j]));
  const delays = runs
    .map((r) => {
      const job = r.jobId ? jobs.get(r.jobId) : undefined;
      const pushedAt = (job?.payload as { at?: number } | undefined)?.at ?? startedWall;
      return r.startedAt - Math.max(pushedAt, startedWall);
    })
    .sort((a, b) => a - b);
  for (const e of engines) await e.shutdown();
  void pushSeconds;
  return {
    store: storeName,
    consumers,
    jobs: JOBS,
    seconds,
    jobsPerSec: JOBS / seconds,
    p50DelayMs: delays.length ? percentile(delays, 50) : NaN,
    p99DelayMs: delays.length ? percentile(delays, 99) : NaN,
  };
}

interface IdleResult {
  store: string;
  jobs: number;
  rate: number;
  p50Ms: number;
  p99Ms: number;
}

/** Add → start on an idle queue: one engine (default poll), jobs pushed one by one from another connection. */
async function measureIdle(storeName: string, storeUrl: string): Promise<IdleResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-bench-idle-"));
  fs.writeFileSync(path.join(dir, "consumer.js"), WORK.replace("CONCURRENCY", "16"));
  const store = await openStore(storeUrl);
  const pusher = await openStore(storeUrl);
  const engine = new Engine({ dir, store, databases: [], report: () => {} });
  engine.loadAll();
  engine.startJobs();
  // Warm up: the node's first heartbeat, the consumer's first claim.
  await pusher.pushJob("bench", { n: -1, at: Date.now() }, { runAt: Date.now() });
  for (;;) {
    const done = (await pusher.queueCounts()).find((c) => c.queue === "bench" && c.state === "done");
    if (done && Number(done.count) >= 1) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const pushed = new Map<string, number>();
  for (let n = 0; n < IDLE_JOBS; n++) {
    const at = Date.now();
    const { id } = await pusher.pushJob("bench", { n, at }, { runAt: at });
    pushed.set(id, at);
    await new Promise((r) => setTimeout(r, 1000 / IDLE_RATE));
  }
  for (;;) {
    const done = (await pusher.queueCounts()).find((c) => c.queue === "bench" && c.state === "done");
    if (done && Number(done.count) >= IDLE_JOBS + 1) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const runs = await pusher.listRuns({ work: "bench consumer", limit: IDLE_JOBS + 10 });
  const delays = runs.filter((r) => r.jobId && pushed.has(r.jobId)).map((r) => r.startedAt - pushed.get(r.jobId!)!).sort((a, b) => a - b);
  await engine.shutdown();
  await pusher.close();
  return { store: storeName, jobs: delays.length, rate: IDLE_RATE, p50Ms: percentile(delays, 50), p99Ms: percentile(delays, 99) };
}

async function main(): Promise<void> {
  console.log(`bench:queue — ${JOBS} jobs per measurement; node ${process.version}; ${os.cpus().length} cores`);
  const results: Result[] = [];
  const idle: IdleResult[] = [];
  if (ONLY !== "postgres") {
    for (const consumers of [1, 4]) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-bench-store-"));
      results.push(await measure("sqlite", `sqlite:${path.join(dir, "state.db")}`, consumers));
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-bench-store-"));
    idle.push(await measureIdle("sqlite", `sqlite:${path.join(dir, "state.db")}`));
  }
  if (ONLY === "sqlite") {
    // PostgreSQL not asked for
  } else if (await pgReachable()) {
    for (const consumers of [1, 4]) {
      const s = await pgSchema();
      try {
        results.push(await measure("postgres", s.url, consumers));
      } finally {
        await s.drop();
      }
    }
    const s = await pgSchema();
    try {
      idle.push(await measureIdle("postgres", s.url));
    } finally {
      await s.drop();
    }
  } else console.log(`NOTICE: PostgreSQL not reachable at ${PG_URL}; skipped`);
  console.log("\nstore     consumers  jobs   seconds  jobs/s   p50 delay  p99 delay");
  for (const r of results) {
    console.log(
      `${r.store.padEnd(9)} ${String(r.consumers).padStart(9)}  ${String(r.jobs).padEnd(5)}  ${r.seconds.toFixed(2).padStart(7)}  ${r.jobsPerSec.toFixed(0).padStart(6)}  ${r.p50DelayMs.toFixed(0).padStart(7)} ms  ${r.p99DelayMs.toFixed(0).padStart(7)} ms`,
    );
    console.log(`BENCH ${JSON.stringify({ case: "queue", ...r })}`);
  }
  console.log(`\nadd → start on an idle queue (${IDLE_RATE} jobs/s pushed from another connection, default poll)`);
  console.log("store     jobs   p50       p99");
  for (const r of idle) {
    console.log(`${r.store.padEnd(9)} ${String(r.jobs).padEnd(5)}  ${r.p50Ms.toFixed(1).padStart(5)} ms  ${r.p99Ms.toFixed(1).padStart(5)} ms`);
    console.log(`BENCH ${JSON.stringify({ case: "queue-idle", ...r })}`);
  }
  const target = (store: string, limit: number) => {
    const best = Math.max(...results.filter((r) => r.store === store).map((r) => r.jobsPerSec));
    if (!Number.isFinite(best)) return console.log(`TARGET SKIP ${store} ≥ ${limit} jobs/s`);
    console.log(`TARGET ${best >= limit ? "PASS" : "MISS"} ${store}: ≥ ${limit} jobs/s — best ${best.toFixed(0)} jobs/s`);
  };
  target("sqlite", 2000);
  target("postgres", 1500);
  const pgIdle = idle.find((r) => r.store === "postgres");
  if (pgIdle) console.log(`TARGET ${pgIdle.p50Ms <= 5 ? "PASS" : "MISS"} postgres add → start p50 ≤ 5 ms — ${pgIdle.p50Ms.toFixed(1)} ms`);
}

await main();
