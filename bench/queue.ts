// npm run bench:queue — end-to-end job throughput: push → lease → VM run of a trivial
// work → complete (with its run record), on SQLite and PostgreSQL, with 1 and 4
// consumers (engine processes sharing the store are simulated by consumers in one
// process), plus the delay from push to start (p50/p99); then add → start latency on an
// idle queue: jobs pushed one at a time (--rate per second) through a second connection
// to the store, as another process would, to one engine with its default poll.
//
// Then, on PostgreSQL, the contenders a user would pick instead (bench/queue-contenders.ts:
// graphile-worker with its defaults and batched, pg-boss), in the same run, rounds
// interleaved (each round starts one further along the list): CONTENDER_JOBS no-op jobs
// drained by one worker with a concurrency of 16, the same with one INSERT per job, and
// add → start on an idle queue at --rate jobs/s; medians of the rounds, Kitwork's ratio
// to each, and the targets of issue 15.
//
//   node --import tsx bench/queue.ts [--quick] [--jobs N] [--store sqlite|postgres] [--idle N] [--rate R]
//        [--contenders only|skip] [--contender-jobs N] [--rounds N] [--only NAME] [--engine dist|src]
//
//   --only NAME: of the contenders, only those whose name contains NAME (Kitwork always),
//   e.g. --only graphile for a short run without pg-boss's polls.
//   --engine dist|src: the engine measured — the built one in dist/ (what `kitwork start`
//   runs; the default when it is built and newer than the sources), or the TypeScript
//   sources through tsx, whose transform names every closure it makes (~4 µs a job more).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { Engine as EngineT } from "../src/engine/engine.ts";
import type { openStore as OpenStoreT } from "../src/store/index.ts";
import type { Store } from "../src/store/store.ts";
import { countRows, loadContenders, scratchSchema, type Contender } from "./queue-contenders.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The newest modification time of the files under `dir` ending in `ext`. */
function newest(dir: string, ext: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith(ext)) t = Math.max(t, fs.statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return t;
}
const engineArg = process.argv[process.argv.indexOf("--engine") + 1];
const built = fs.existsSync(path.join(ROOT, "dist/engine/engine.js")) && newest(path.join(ROOT, "dist"), ".js") >= newest(path.join(ROOT, "src"), ".ts");
const ENGINE_FROM = process.argv.includes("--engine") ? engineArg : built ? "dist" : "src";
if (ENGINE_FROM !== "dist" && ENGINE_FROM !== "src") throw new Error(`--engine ${engineArg}: dist or src`);
if (ENGINE_FROM === "dist" && !built) console.log("NOTICE: dist/ is older than src/ (npm run build): measuring the built engine as it is");
const { Engine } = (await import(ENGINE_FROM === "dist" ? "../dist/engine/engine.js" : "../src/engine/engine.ts")) as { Engine: typeof EngineT };
const { openStore } = (await import(ENGINE_FROM === "dist" ? "../dist/store/index.js" : "../src/store/index.ts")) as { openStore: typeof OpenStoreT };

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(`usage: npm run bench:queue -- [--quick] [--jobs N] [--store sqlite|postgres] [--idle N] [--rate R]
                           [--contenders only|skip] [--contender-jobs N] [--rounds N] [--only NAME]
  --store        one store only (default: both)
  --contenders   only: the contenders alone (PostgreSQL); skip: none (default: after the stores)
  --only NAME    of the contenders, those whose name contains NAME (Kitwork always)
  --engine       dist (the built engine; default when built and newer than src/) or src (through tsx)`);
  process.exit(0);
}

// A PostgreSQL store seals parked runs with the cluster's secret (docs/cluster.md).
process.env.KITWORK_SECRET ??= "bench-queue-secret-bench-queue-secret-0123";
const PG_URL = process.env.KITWORK_BENCH_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const quick = process.argv.includes("--quick");
const jobsArg = process.argv.indexOf("--jobs");
const JOBS_DEFAULT = jobsArg > 0 ? Number(process.argv[jobsArg + 1]) : quick ? 1000 : 5000;
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ONLY = arg("--store");
const IDLE_JOBS = Number(arg("--idle") ?? (quick ? 100 : 250));
const IDLE_RATE = Number(arg("--rate") ?? 50);
const CONTENDERS = arg("--contenders") ?? "run"; // "only" | "skip"
const CONTENDER_JOBS = Number(arg("--contender-jobs") ?? (quick ? 2000 : 10_000));
const ROUNDS = Number(arg("--rounds") ?? (quick ? 1 : 3));
const ONLY_CONTENDERS = arg("--only");
// The idle measure's percentiles need jobs to measure: a count below 1 is refused, not measured as nothing.
if (!(Number.isInteger(IDLE_JOBS) && IDLE_JOBS >= 1)) {
  console.error(`--idle ${arg("--idle")}: the idle measure takes a whole number of jobs, at least 1`);
  process.exit(2);
}

const WORK = `
const w = work("bench consumer");
w.queue("bench", QUEUE_OPTIONS);
const n = w.payload.n;
return { n: n * 2 };
`;

/** The same consumer with one INSERT per job (a `bench_rows` table on the default database). */
const INSERT_WORK = `
const w = work("bench consumer");
w.queue("bench", QUEUE_OPTIONS);
const n = w.payload.n;
db().from("bench_rows").insert({ n });
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

interface MeasureOptions {
  jobs?: number;
  /** One INSERT per job into `bench_rows` on this database URL. */
  insertUrl?: string;
  /** Push this many at once (the push is not timed). */
  pushParallel?: number;
  /** The queue's options in the work (default: a fleet-wide concurrency of 16 per consumer). */
  queueOptions?: string;
}

async function measure(storeName: string, storeUrl: string, consumers: number, o: MeasureOptions = {}): Promise<Result> {
  const JOBS = o.jobs ?? JOBS_DEFAULT;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-bench-queue-"));
  // A queue's concurrency is fleet-wide (docs/cluster.md): 16 for each consumer.
  fs.writeFileSync(path.join(dir, "consumer.js"), (o.insertUrl ? INSERT_WORK : WORK).replace("QUEUE_OPTIONS", o.queueOptions ?? `{ concurrency: ${16 * consumers} }`));
  const stores: Store[] = [];
  const engines: EngineT[] = [];
  for (let i = 0; i < consumers; i++) {
    const store = await openStore(storeUrl);
    stores.push(store);
    const databases = o.insertUrl ? [{ name: "default", url: o.insertUrl }] : [];
    const engine = new Engine({ dir, store, pollMs: 5, databases, report: () => {} });
    engine.loadAll();
    engines.push(engine);
  }
  // Push every job first (timestamped in the payload), then start the consumers and time the drain.
  const pushStore = stores[0]!;
  const t0 = Date.now();
  const parallel = o.pushParallel ?? 1;
  for (let n = 0; n < JOBS; n += parallel) {
    const batch = [];
    for (let k = n; k < Math.min(JOBS, n + parallel); k++) batch.push(pushStore.pushJob("bench", { n: k, at: Date.now() }, { runAt: Date.now() }));
    await Promise.all(batch);
  }
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
async function measureIdle(storeName: string, storeUrl: string, queueOptions = "{ concurrency: 16 }"): Promise<IdleResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-bench-idle-"));
  fs.writeFileSync(path.join(dir, "consumer.js"), WORK.replace("QUEUE_OPTIONS", queueOptions));
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

const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

interface ContenderRow {
  name: string;
  noop: number[]; // jobs/s per round
  insert: number[];
  drainJobs: number;
  p50: number[]; // ms per round
  p99: number[];
  status: string;
}

/**
 * Kitwork, as one more contender: one engine, its store in a scratch schema — with the
 * queue's fleet-wide cap of 16, and with 16 at once on the node and 500 claimed ahead
 * (graphile-worker's batched configuration: its local queue of 500).
 */
function kitworkContender(name: string, queueOptions: string): Contender & { queueOptions: string } {
  return {
    name,
    queueOptions,
    async drain(jobs, insert) {
      const s = await pgSchema();
      const rows = insert ? await scratchSchema("kw_bench_rows", true) : undefined;
      try {
        // The data database's pool as large as graphile-worker's (its concurrency + 1): 16 INSERTs at once, each committed on its own.
        const r = await measure("postgres", s.url, 1, { jobs, insertUrl: rows && `${rows.url}&poolSize=17`, pushParallel: 16, queueOptions });
        if (rows && (await countRows(rows.schema)) !== jobs) throw new Error(`${name}: rows missing`);
        return r.seconds;
      } finally {
        await s.drop();
        await rows?.drop();
      }
    },
    async idle() {
      throw new Error("not used");
    },
  };
}

const KITWORK_CAPPED = kitworkContender("kitwork (concurrency 16)", "{ concurrency: 16 }");
const KITWORK_LOCAL = kitworkContender("kitwork (perNode 16, prefetch 500)", "{ perNode: 16, prefetch: 500 }");

/** graphile-worker, pg-boss and Kitwork on the same PostgreSQL, rounds interleaved. */
async function contenders(): Promise<void> {
  const { contenders: loaded, skipped } = await loadContenders();
  const others = ONLY_CONTENDERS === undefined ? loaded : loaded.filter((c) => c.name.includes(ONLY_CONTENDERS));
  for (const why of skipped) console.log(`NOTICE: ${why}; skipped`);
  const all = [KITWORK_CAPPED, KITWORK_LOCAL, ...others];
  const rows: ContenderRow[] = all.map((c) => ({ name: c.name, noop: [], insert: [], drainJobs: Math.min(CONTENDER_JOBS, c.maxDrainJobs ?? Infinity), p50: [], p99: [], status: "ok" }));
  const loads: string[] = [];
  console.log(`
contenders on PostgreSQL — engine from ${ENGINE_FROM}/; ${ROUNDS} round(s): ${all.map((c) => c.name).join(", ")}; load average ${loadavg()}`);
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < all.length; k++) {
      const i = (k + round) % all.length;
      const c = all[i]!;
      const row = rows[i]!;
      if (row.status !== "ok") continue;
      try {
        row.noop.push(row.drainJobs / (await c.drain(row.drainJobs, false)));
        row.insert.push(row.drainJobs / (await c.drain(row.drainJobs, true)));
        if (c === KITWORK_CAPPED || c === KITWORK_LOCAL) {
          const s = await pgSchema();
          try {
            const r = await measureIdle("postgres", s.url, (c as typeof KITWORK_LOCAL).queueOptions);
            row.p50.push(r.p50Ms);
            row.p99.push(r.p99Ms);
          } finally {
            await s.drop();
          }
        } else {
          const d = (await c.idle(IDLE_JOBS, IDLE_RATE)).sort((a, b) => a - b);
          row.p50.push(percentile(d, 50));
          row.p99.push(percentile(d, 99));
        }
        console.log(`  round ${round + 1} ${c.name}: ${row.noop.at(-1)!.toFixed(0)} / ${row.insert.at(-1)!.toFixed(0)} jobs/s, add → start p50 ${row.p50.at(-1)!.toFixed(1)} ms p99 ${row.p99.at(-1)!.toFixed(1)} ms`);
      } catch (e) {
        row.status = `failed: ${(e as Error).message}`;
        console.log(`  round ${round + 1} ${c.name}: ${row.status}`);
      }
    }
    loads.push(loadavg());
  }
  // Ratios are of Kitwork's configuration comparable to graphile-worker's batched one.
  const kw = rows[1]!;
  const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "—");
  console.log(`
medians of ${ROUNDS} round(s); load average after each round: ${loads.join(" | ")}`);
  console.log(`contender${" ".repeat(27)}jobs    no-op jobs/s  INSERT jobs/s  add→start p50  p99        ${kw.name} ×(no-op, INSERT)  status`);
  for (const r of rows) {
    const [n, ins, p50, p99] = [median(r.noop), median(r.insert), median(r.p50), median(r.p99)];
    console.log(
      `${r.name.padEnd(35)} ${String(r.drainJobs).padStart(5)}  ${n.toFixed(0).padStart(12)}  ${ins.toFixed(0).padStart(13)}  ${p50.toFixed(1).padStart(10)} ms  ${p99.toFixed(1).padStart(7)} ms  ${r === kw ? "—".padEnd(24) : `${ratio(median(kw.noop), n)}, ${ratio(median(kw.insert), ins)}`.padEnd(24)}  ${r.status}`,
    );
    console.log(`BENCH ${JSON.stringify({ case: "queue-contender", contender: r.name, jobs: r.drainJobs, noopJobsPerSec: r.noop, insertJobsPerSec: r.insert, idleP50Ms: r.p50, idleP99Ms: r.p99, status: r.status })}`);
  }
  const best = rows.find((r) => r.name === "graphile-worker (batched)");
  if (best && best.noop.length && kw.noop.length) {
    for (const [what, a, b] of [["no-op", median(kw.noop), median(best.noop)], ["INSERT", median(kw.insert), median(best.insert)]] as const) {
      console.log(`TARGET ${a >= b ? "PASS" : "MISS"} postgres ${what} drain ≥ graphile-worker's best (batched) — ${kw.name} ${a.toFixed(0)} vs ${b.toFixed(0)} jobs/s (${ratio(a, b)})`);
    }
  } else console.log("TARGET SKIP postgres drain ≥ graphile-worker's best (graphile-worker not measured)");
  if (kw.p50.length) console.log(`TARGET ${median(kw.p50) <= 5 ? "PASS" : "MISS"} postgres add → start p50 ≤ 5 ms (contenders' rounds) — ${median(kw.p50).toFixed(1)} ms`);
}

async function main(): Promise<void> {
  if (CONTENDERS === "only") {
    if (await pgReachable()) await contenders();
    else console.log(`NOTICE: PostgreSQL not reachable at ${PG_URL}; skipped`);
    return;
  }
  console.log(`bench:queue — ${JOBS_DEFAULT} jobs per measurement; engine from ${ENGINE_FROM}/; node ${process.version}; ${os.cpus().length} cores; load average ${loadavg()}`);
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
  if (CONTENDERS !== "skip" && ONLY !== "sqlite" && (await pgReachable())) await contenders();
}

await main();
