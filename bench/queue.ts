// npm run bench:queue — end-to-end job throughput: push → lease → VM run of a trivial
// work → complete (with its run record), on SQLite and PostgreSQL, with 1 and 4
// consumers (engine processes sharing the store are simulated by consumers in one
// process), plus the delay from push to start (p50/p99).
//
//   node --import tsx bench/queue.ts [--quick] [--jobs N]

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { Engine } from "../src/engine/engine.ts";
import { openStore } from "../src/store/index.ts";
import type { Store } from "../src/store/store.ts";

const PG_URL = process.env.KITWORK_BENCH_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const quick = process.argv.includes("--quick");
const jobsArg = process.argv.indexOf("--jobs");
const JOBS = jobsArg > 0 ? Number(process.argv[jobsArg + 1]) : quick ? 1000 : 5000;

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

async function main(): Promise<void> {
  console.log(`bench:queue — ${JOBS} jobs per measurement; node ${process.version}; ${os.cpus().length} cores`);
  const results: Result[] = [];
  for (const consumers of [1, 4]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-bench-store-"));
    results.push(await measure("sqlite", `sqlite:${path.join(dir, "state.db")}`, consumers));
  }
  if (await pgReachable()) {
    for (const consumers of [1, 4]) {
      const s = await pgSchema();
      try {
        results.push(await measure("postgres", s.url, consumers));
      } finally {
        await s.drop();
      }
    }
  } else console.log(`NOTICE: PostgreSQL not reachable at ${PG_URL}; skipped`);
  console.log("\nstore     consumers  jobs   seconds  jobs/s   p50 delay  p99 delay");
  for (const r of results) {
    console.log(
      `${r.store.padEnd(9)} ${String(r.consumers).padStart(9)}  ${String(r.jobs).padEnd(5)}  ${r.seconds.toFixed(2).padStart(7)}  ${r.jobsPerSec.toFixed(0).padStart(6)}  ${r.p50DelayMs.toFixed(0).padStart(7)} ms  ${r.p99DelayMs.toFixed(0).padStart(7)} ms`,
    );
    console.log(`BENCH ${JSON.stringify({ case: "queue", ...r })}`);
  }
  const target = (store: string, limit: number) => {
    const best = Math.max(...results.filter((r) => r.store === store).map((r) => r.jobsPerSec));
    if (!Number.isFinite(best)) return console.log(`TARGET SKIP ${store} ≥ ${limit} jobs/s`);
    console.log(`TARGET ${best >= limit ? "PASS" : "MISS"} ${store}: ≥ ${limit} jobs/s — best ${best.toFixed(0)} jobs/s`);
  };
  target("sqlite", 2000);
  target("postgres", 1500);
}

await main();
