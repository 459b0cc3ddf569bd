// The job queues a user would pick instead of Kitwork's, on the same PostgreSQL, for
// `npm run bench:queue`: graphile-worker (its defaults, and its batched configuration
// from https://worker.graphile.org/docs/performance — a local queue of 500 and batched
// completion) and pg-boss (its defaults; 16 `work()` loops for a concurrency of 16, as
// its docs describe). Each measurement gets scratch schemas of its own, dropped after.
//
// A drain pushes every job first (in bulk, untimed), then starts one worker with a
// concurrency of 16 and times until the database shows every job complete, from the
// first job's start for graphile-worker (its run() connects and checks its migrations)
// and from the first work() call for pg-boss (start() has connected and migrated). The idle case pushes one job every 1000/rate ms from a
// second connection (as another process would) and takes add → handler start.

import pg from "pg";

export const PG_URL = process.env.KITWORK_BENCH_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const CONCURRENCY = 16;
const POLL_MS = 10;

export interface Scratch {
  schema: string;
  /** PG_URL with this schema first on the search path. */
  url: string;
  drop: () => Promise<void>;
}

/**
 * A fresh schema (and a table `bench_rows` in it when asked); `drop()` drops it and every
 * schema named after it (`<schema>_gw`, `<schema>_boss`: the contenders' own).
 */
export async function scratchSchema(prefix: string, rows = false): Promise<Scratch> {
  const schema = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`CREATE SCHEMA ${schema}`);
  if (rows) await c.query(`CREATE TABLE ${schema}.bench_rows (id bigserial PRIMARY KEY, n integer NOT NULL)`);
  await c.end();
  const sep = PG_URL.includes("?") ? "&" : "?";
  return {
    schema,
    url: `${PG_URL}${sep}options=-c%20search_path%3D${schema}`,
    drop: async () => {
      const d = new pg.Client({ connectionString: PG_URL });
      await d.connect();
      const own = await d.query(`SELECT nspname FROM pg_namespace WHERE nspname = $1 OR starts_with(nspname, $1 || '_')`, [schema]);
      for (const r of own.rows) await d.query(`DROP SCHEMA IF EXISTS ${r.nspname} CASCADE`);
      await d.end();
    },
  };
}

export async function countRows(schema: string): Promise<number> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    return Number((await c.query(`SELECT count(*) AS n FROM ${schema}.bench_rows`)).rows[0].n);
  } finally {
    await c.end();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `count()` until it reaches `n` (or throws after `limitMs`). */
async function waitFor(what: string, count: () => Promise<number>, n: number, limitMs = 600_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const got = await count();
    if (got >= n) return;
    if (Date.now() > deadline) throw new Error(`${what}: ${got} of ${n} after ${limitMs} ms`);
    await sleep(POLL_MS);
  }
}

export interface Contender {
  name: string;
  /** A drain of more jobs than this would take minutes: it drains this many instead. */
  maxDrainJobs?: number;
  /** Seconds from the first job's start until all `jobs` are complete in the database. */
  drain(jobs: number, insert: boolean): Promise<number>;
  /** add → start delays (ms) of `jobs` jobs pushed at `rate` per second. */
  idle(jobs: number, rate: number): Promise<number[]>;
}

type Graphile = typeof import("graphile-worker");

async function loadGraphile(): Promise<Graphile | string> {
  try {
    return await import("graphile-worker");
  } catch (e) {
    return `graphile-worker not installed (${(e as Error).message.split("\n")[0]})`;
  }
}

function graphile(mod: Graphile, batched: boolean): Contender {
  const logger = new mod.Logger(() => () => {});
  const preset = batched ? { worker: { localQueue: { size: 500 }, completeJobBatchDelay: 0, failJobBatchDelay: 0 } } : undefined;
  const start = async (gwSchema: string, task: (payload: unknown, helpers: { query: (q: string, v?: unknown[]) => Promise<unknown> }) => Promise<void>) =>
    mod.run({
      connectionString: PG_URL,
      schema: gwSchema,
      concurrency: CONCURRENCY,
      maxPoolSize: CONCURRENCY + 1,
      noHandleSignals: true,
      logger,
      taskList: { bench: task as never },
      ...(preset ? { preset } : {}),
    });
  return {
    name: batched ? "graphile-worker (batched)" : "graphile-worker",
    async drain(jobs, insert) {
      const s = await scratchSchema("gw_bench", true);
      const gwSchema = `${s.schema}_gw`;
      try {
        const utils = await mod.makeWorkerUtils({ connectionString: PG_URL, schema: gwSchema, logger });
        await utils.migrate();
        for (let i = 0; i < jobs; i += 1000) {
          const specs = [];
          for (let n = i; n < Math.min(jobs, i + 1000); n++) specs.push({ identifier: "bench", payload: { n } });
          await utils.addJobs(specs);
        }
        let first = 0;
        let ran = 0;
        const runner = await start(gwSchema, async (payload, helpers) => {
          if (first === 0) first = performance.now();
          if (insert) await helpers.query(`INSERT INTO ${s.schema}.bench_rows (n) VALUES ($1)`, [(payload as { n: number }).n]);
          ran++;
        });
        // Completing a job deletes it: done when the table is empty.
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await waitFor("graphile-worker drain", async () => (ran < jobs ? ran : jobs - Number((await c.query(`SELECT count(*) AS n FROM ${gwSchema}._private_jobs`)).rows[0].n)), jobs);
        const seconds = (performance.now() - first) / 1000;
        await c.end();
        await runner.stop();
        await utils.release();
        if (insert && (await countRows(s.schema)) !== jobs) throw new Error("graphile-worker: rows missing");
        return seconds;
      } finally {
        await s.drop();
      }
    },
    async idle(jobs, rate) {
      const s = await scratchSchema("gw_bench");
      const gwSchema = `${s.schema}_gw`;
      try {
        const utils = await mod.makeWorkerUtils({ connectionString: PG_URL, schema: gwSchema, logger });
        await utils.migrate();
        const delays: number[] = [];
        let ran = 0;
        const runner = await start(gwSchema, async (payload) => {
          const at = (payload as { at: number; n: number }).at;
          if ((payload as { n: number }).n >= 0) delays.push(Date.now() - at);
          ran++;
        });
        await utils.addJob("bench", { n: -1, at: Date.now() }); // warm-up
        await waitFor("graphile-worker warm-up", async () => ran, 1, 30_000);
        for (let n = 0; n < jobs; n++) {
          await utils.addJob("bench", { n, at: Date.now() });
          await sleep(1000 / rate);
        }
        await waitFor("graphile-worker idle", async () => ran, jobs + 1, 60_000);
        await runner.stop();
        await utils.release();
        return delays;
      } finally {
        await s.drop();
      }
    },
  };
}

type PgBossCtor = typeof import("pg-boss");

async function loadPgBoss(): Promise<PgBossCtor | string> {
  try {
    return (await import("pg-boss")).default;
  } catch (e) {
    return `pg-boss not installed (${(e as Error).message.split("\n")[0]})`;
  }
}

/**
 * pg-boss 10 fetches for a work() loop once per polling interval (default 2 s, at least
 * 0.5 s), however many jobs are waiting: `fastPoll` sets the 0.5 s minimum.
 */
function pgBoss(PgBoss: PgBossCtor, fastPoll: boolean): Contender {
  const open = async (schema: string) => {
    const boss = new PgBoss({ connectionString: PG_URL, schema, ...(fastPoll ? { pollingIntervalSeconds: 0.5 } : {}) });
    boss.on("error", (e) => console.error(`pg-boss: ${e.message}`));
    await boss.start();
    return boss;
  };
  const workers = async (boss: InstanceType<PgBossCtor>, handler: (data: { n: number; at?: number }) => Promise<void>) => {
    // pg-boss runs one job at a time per work() loop (batchSize 1): 16 loops for 16 at once.
    for (let i = 0; i < CONCURRENCY; i++) {
      await boss.work<{ n: number; at?: number }>("bench", async ([job]) => {
        await handler(job!.data);
      });
    }
  };
  return {
    name: fastPoll ? "pg-boss (0.5 s poll)" : "pg-boss",
    // 16 jobs per poll: 8 jobs/s by default, 32 with the fastest poll.
    maxDrainJobs: fastPoll ? 320 : 96,
    async drain(jobs, insert) {
      const s = await scratchSchema("pgboss_bench", true);
      const bossSchema = `${s.schema}_boss`;
      try {
        const boss = await open(bossSchema);
        await boss.createQueue("bench");
        for (let i = 0; i < jobs; i += 1000) {
          const batch = [];
          for (let n = i; n < Math.min(jobs, i + 1000); n++) batch.push({ name: "bench", data: { n } });
          await boss.insert(batch);
        }
        const db = boss.getDb();
        // Timed from the first work() call (start() connected and migrated already): a
        // drain here is a few polls long, so the first job's start would leave one out.
        const first = performance.now();
        let ran = 0;
        await workers(boss, async (data) => {
          if (insert) await db.executeSql(`INSERT INTO ${s.schema}.bench_rows (n) VALUES ($1)`, [data.n]);
          ran++;
        });
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await waitFor("pg-boss drain", async () => (ran < jobs ? ran : Number((await c.query(`SELECT count(*) AS n FROM ${bossSchema}.job WHERE name = 'bench' AND state = 'completed'`)).rows[0].n)), jobs);
        const seconds = (performance.now() - first) / 1000;
        await c.end();
        await boss.stop({ graceful: true, wait: true, timeout: 5000 });
        if (insert && (await countRows(s.schema)) !== jobs) throw new Error("pg-boss: rows missing");
        return seconds;
      } finally {
        await s.drop();
      }
    },
    async idle(jobs, rate) {
      const s = await scratchSchema("pgboss_bench");
      const bossSchema = `${s.schema}_boss`;
      try {
        const boss = await open(bossSchema);
        await boss.createQueue("bench");
        // The pusher is a second instance on its own pool, as another process would be.
        const pusher = new PgBoss({ connectionString: PG_URL, schema: bossSchema, supervise: false, schedule: false, migrate: false });
        pusher.on("error", (e) => console.error(`pg-boss: ${e.message}`));
        await pusher.start();
        const delays: number[] = [];
        let ran = 0;
        await workers(boss, async (data) => {
          if (data.n >= 0) delays.push(Date.now() - data.at!);
          ran++;
        });
        await pusher.send("bench", { n: -1, at: Date.now() });
        await waitFor("pg-boss warm-up", async () => ran, 1, 30_000);
        for (let n = 0; n < jobs; n++) {
          await pusher.send("bench", { n, at: Date.now() });
          await sleep(1000 / rate);
        }
        await waitFor("pg-boss idle", async () => ran, jobs + 1, 60_000);
        await pusher.stop({ graceful: true, wait: true, timeout: 5000 });
        await boss.stop({ graceful: true, wait: true, timeout: 5000 });
        return delays;
      } finally {
        await s.drop();
      }
    },
  };
}

/** The contenders that load here; `skipped` says why the others do not. */
export async function loadContenders(): Promise<{ contenders: Contender[]; skipped: string[] }> {
  const contenders: Contender[] = [];
  const skipped: string[] = [];
  const g = await loadGraphile();
  if (typeof g === "string") skipped.push(g);
  else contenders.push(graphile(g, false), graphile(g, true));
  const b = await loadPgBoss();
  if (typeof b === "string") skipped.push(b);
  else contenders.push(pgBoss(b, false), pgBoss(b, true));
  return { contenders, skipped };
}
