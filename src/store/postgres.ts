// The cluster store: PostgreSQL through pg. Claims use FOR UPDATE SKIP LOCKED, so
// nodes never wait on each other's jobs; cron slots are claimed by unique insert.

import { randomUUID } from "node:crypto";
import pg from "pg";
import { type Job, type JobState, type PushOptions, type RunFilter, type RunRecord, type RunStatus, type Store, encodePayload } from "./store.js";

const SCHEMA_VERSION = 1;

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS kw_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS kw_versions (hash TEXT PRIMARY KEY, file TEXT NOT NULL, name TEXT NOT NULL, source TEXT NOT NULL, created_at BIGINT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS kw_jobs (id TEXT PRIMARY KEY, queue TEXT NOT NULL, payload TEXT NOT NULL, key TEXT, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, run_at BIGINT NOT NULL, lease_owner TEXT, lease_until BIGINT, error TEXT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS kw_jobs_due ON kw_jobs (queue, state, run_at)`,
  `CREATE UNIQUE INDEX IF NOT EXISTS kw_jobs_key ON kw_jobs (queue, key) WHERE key IS NOT NULL AND state IN ('pending', 'leased')`,
  `CREATE TABLE IF NOT EXISTS kw_cron_slots (work TEXT NOT NULL, slot BIGINT NOT NULL, owner TEXT NOT NULL, fired_at BIGINT NOT NULL, PRIMARY KEY (work, slot))`,
  `CREATE TABLE IF NOT EXISTS kw_runs (id TEXT PRIMARY KEY, work TEXT NOT NULL, version TEXT NOT NULL, trigger TEXT NOT NULL, status TEXT NOT NULL, attempt INTEGER NOT NULL, started_at BIGINT NOT NULL, finished_at BIGINT, error TEXT, result_size INTEGER, logs TEXT NOT NULL, job_id TEXT)`,
  `CREATE INDEX IF NOT EXISTS kw_runs_recent ON kw_runs (started_at)`,
  `CREATE INDEX IF NOT EXISTS kw_runs_work ON kw_runs (work, started_at)`,
];

const num = (v: unknown): number => (v === null || v === undefined ? (v as never) : Number(v));

function toJob(r: Record<string, unknown>): Job {
  return {
    id: r.id as string,
    queue: r.queue as string,
    payload: JSON.parse(r.payload as string),
    key: (r.key as string | null) ?? null,
    state: r.state as JobState,
    attempts: Number(r.attempts),
    runAt: num(r.run_at),
    leaseOwner: (r.lease_owner as string | null) ?? null,
    leaseUntil: r.lease_until === null ? null : num(r.lease_until),
    error: (r.error as string | null) ?? null,
    createdAt: num(r.created_at),
  };
}

function toRun(r: Record<string, unknown>): RunRecord {
  return {
    id: r.id as string,
    work: r.work as string,
    version: r.version as string,
    trigger: r.trigger as string,
    status: r.status as RunStatus,
    attempt: Number(r.attempt),
    startedAt: num(r.started_at),
    finishedAt: r.finished_at === null ? null : num(r.finished_at),
    error: (r.error as string | null) ?? null,
    resultSize: r.result_size === null ? null : Number(r.result_size),
    logs: JSON.parse(r.logs as string),
    jobId: (r.job_id as string | null) ?? null,
  };
}

const INSERT_RUN = `INSERT INTO kw_runs (id, work, version, trigger, status, attempt, started_at, finished_at, error, result_size, logs, job_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
  ON CONFLICT (id) DO UPDATE SET status = excluded.status, attempt = excluded.attempt, finished_at = excluded.finished_at, error = excluded.error, result_size = excluded.result_size, logs = excluded.logs`;

/** Inserts the run ($1…$12) only when the CTE `u` updated the job. */
const RUN_FROM_UPDATE = `INSERT INTO kw_runs (id, work, version, trigger, status, attempt, started_at, finished_at, error, result_size, logs, job_id)
  SELECT $1, $2, $3, $4, $5, $6::int, $7::bigint, $8::bigint, $9, $10::int, $11, $12 WHERE EXISTS (SELECT 1 FROM u)
  ON CONFLICT (id) DO UPDATE SET status = excluded.status, attempt = excluded.attempt, finished_at = excluded.finished_at, error = excluded.error, result_size = excluded.result_size, logs = excluded.logs`;

function runParams(run: RunRecord): unknown[] {
  return [run.id, run.work, run.version, run.trigger, run.status, run.attempt, run.startedAt, run.finishedAt, run.error, run.resultSize, JSON.stringify(run.logs), run.jobId];
}

export class PostgresStore implements Store {
  readonly kind = "postgres" as const;
  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    pool.on("error", () => {});
    return new PostgresStore(pool);
  }

  private async tx<T>(f: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query("BEGIN");
      const r = await f(c);
      await c.query("COMMIT");
      return r;
    } catch (e) {
      await c.query("ROLLBACK").catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  async migrate(): Promise<void> {
    await this.tx(async (c) => {
      // One node migrates at a time.
      await c.query("SELECT pg_advisory_xact_lock(812301)");
      for (const s of SCHEMA) await c.query(s);
      const r = await c.query(`SELECT value FROM kw_meta WHERE key = 'schema'`);
      const current = r.rows.length ? Number(r.rows[0].value) : 0;
      if (current > SCHEMA_VERSION) throw new Error(`the store was created by a newer Kitwork (schema ${current}; this one knows ${SCHEMA_VERSION})`);
      await c.query(`INSERT INTO kw_meta (key, value) VALUES ('schema', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [String(SCHEMA_VERSION)]);
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async putVersion(v: { hash: string; file: string; name: string; source: string }): Promise<void> {
    await this.pool.query(`INSERT INTO kw_versions (hash, file, name, source, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (hash) DO NOTHING`, [v.hash, v.file, v.name, v.source, Date.now()]);
  }

  async getVersion(hash: string) {
    const r = await this.pool.query(`SELECT hash, file, name, source FROM kw_versions WHERE hash = $1`, [hash]);
    return r.rows[0] ?? null;
  }

  async pushJob(queue: string, payload: unknown, opts: PushOptions): Promise<{ id: string; deduped: boolean }> {
    const text = encodePayload(payload);
    const id = randomUUID();
    const now = Date.now();
    if (!opts.key) {
      await this.pool.query(`INSERT INTO kw_jobs (id, queue, payload, key, state, attempts, run_at, created_at, updated_at) VALUES ($1, $2, $3, NULL, 'pending', 0, $4, $5, $5)`, [id, queue, text, opts.runAt, now]);
      return { id, deduped: false };
    }
    // The partial unique index makes the key check race-free across nodes.
    const r = await this.pool.query(
      `INSERT INTO kw_jobs (id, queue, payload, key, state, attempts, run_at, created_at, updated_at) VALUES ($1, $2, $3, $4, 'pending', 0, $5, $6, $6)
       ON CONFLICT (queue, key) WHERE key IS NOT NULL AND state IN ('pending', 'leased') DO NOTHING RETURNING id`,
      [id, queue, text, opts.key, opts.runAt, now],
    );
    if (r.rows.length) return { id, deduped: false };
    const existing = await this.pool.query(`SELECT id FROM kw_jobs WHERE queue = $1 AND key = $2 AND state IN ('pending', 'leased')`, [queue, opts.key]);
    if (existing.rows[0]) return { id: existing.rows[0].id, deduped: true };
    // The keyed job finished in between: this push is new after all.
    return this.pushJob(queue, payload, opts);
  }

  async claimJobs(queue: string, owner: string, leaseMs: number, limit: number, now: number): Promise<Job[]> {
    if (limit <= 0) return [];
    const r = await this.pool.query(
      `UPDATE kw_jobs SET state = 'leased', lease_owner = $2, lease_until = $3, attempts = attempts + 1, updated_at = $4
       WHERE id IN (
         SELECT id FROM kw_jobs WHERE queue = $1 AND ((state = 'pending' AND run_at <= $4) OR (state = 'leased' AND lease_until < $4))
         ORDER BY run_at LIMIT $5 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [queue, owner, now + leaseMs, now, limit],
    );
    return r.rows.map(toJob).sort((a, b) => a.runAt - b.runAt);
  }

  async completeJob(jobId: string, owner: string, run: RunRecord): Promise<boolean> {
    // One statement (so one round trip, atomically): the job update, and the run record
    // only if the update happened (a lost lease records nothing).
    const r = await this.pool.query(
      `WITH u AS (UPDATE kw_jobs SET state = 'done', lease_owner = NULL, lease_until = NULL, updated_at = $13 WHERE id = $14 AND state = 'leased' AND lease_owner = $15 RETURNING id)
       ${RUN_FROM_UPDATE} RETURNING (SELECT count(*) FROM u) AS n`,
      [...runParams(run), Date.now(), jobId, owner],
    );
    return r.rowCount === 1;
  }

  async failJob(jobId: string, owner: string, error: string, retryAt: number | null, run: RunRecord): Promise<boolean> {
    const r = await this.pool.query(
      `WITH u AS (UPDATE kw_jobs SET state = CASE WHEN $16::bigint IS NULL THEN 'dead' ELSE 'pending' END, error = $17, run_at = COALESCE($16::bigint, run_at),
         lease_owner = NULL, lease_until = NULL, updated_at = $13 WHERE id = $14 AND state = 'leased' AND lease_owner = $15 RETURNING id)
       ${RUN_FROM_UPDATE} RETURNING 1`,
      [...runParams(run), Date.now(), jobId, owner, retryAt, error],
    );
    return r.rowCount === 1;
  }

  async getJob(id: string): Promise<Job | null> {
    const r = await this.pool.query(`SELECT * FROM kw_jobs WHERE id = $1`, [id]);
    return r.rows[0] ? toJob(r.rows[0]) : null;
  }

  async listJobs(queue: string | null, state: JobState | null, limit: number): Promise<Job[]> {
    const r = await this.pool.query(`SELECT * FROM kw_jobs WHERE ($1::text IS NULL OR queue = $1) AND ($2::text IS NULL OR state = $2) ORDER BY created_at DESC LIMIT $3`, [queue, state, limit]);
    return r.rows.map(toJob);
  }

  async queueCounts() {
    const r = await this.pool.query(`SELECT queue, state, COUNT(*)::int AS count FROM kw_jobs GROUP BY queue, state ORDER BY queue, state`);
    return r.rows as Array<{ queue: string; state: JobState; count: number }>;
  }

  async redrive(queue: string, jobId: string | null, now: number): Promise<number> {
    const r = await this.pool.query(
      `UPDATE kw_jobs SET state = 'pending', attempts = 0, run_at = $1, error = NULL, updated_at = $1 WHERE queue = $2 AND state = 'dead' AND ($3::text IS NULL OR id = $3)
       AND (key IS NULL OR (NOT EXISTS (SELECT 1 FROM kw_jobs k2 WHERE k2.queue = kw_jobs.queue AND k2.key = kw_jobs.key AND k2.state IN ('pending', 'leased'))
         AND id = (SELECT k3.id FROM kw_jobs k3 WHERE k3.queue = kw_jobs.queue AND k3.key = kw_jobs.key AND k3.state = 'dead' ORDER BY k3.created_at DESC, k3.id DESC LIMIT 1)))`,
      [now, queue, jobId],
    );
    return r.rowCount ?? 0;
  }

  async cancelJob(id: string, now: number): Promise<boolean> {
    const r = await this.pool.query(`UPDATE kw_jobs SET state = 'dead', error = 'cancelled', updated_at = $1 WHERE id = $2 AND state = 'pending'`, [now, id]);
    return r.rowCount === 1;
  }

  async purge(queue: string): Promise<number> {
    const r = await this.pool.query(`DELETE FROM kw_jobs WHERE queue = $1 AND state IN ('pending', 'dead')`, [queue]);
    return r.rowCount ?? 0;
  }

  async claimCronSlot(work: string, slot: number, owner: string, now: number): Promise<boolean> {
    const r = await this.pool.query(`INSERT INTO kw_cron_slots (work, slot, owner, fired_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [work, slot, owner, now]);
    return r.rowCount === 1;
  }

  async lastCronSlot(work: string): Promise<number | null> {
    const r = await this.pool.query(`SELECT MAX(slot) AS slot FROM kw_cron_slots WHERE work = $1`, [work]);
    return r.rows[0].slot === null ? null : Number(r.rows[0].slot);
  }

  async recordRun(run: RunRecord): Promise<void> {
    await this.pool.query(INSERT_RUN, runParams(run));
  }

  async getRun(id: string): Promise<RunRecord | null> {
    const r = await this.pool.query(`SELECT * FROM kw_runs WHERE id = $1`, [id]);
    return r.rows[0] ? toRun(r.rows[0]) : null;
  }

  async listRuns(f: RunFilter): Promise<RunRecord[]> {
    const r = await this.pool.query(
      `SELECT * FROM kw_runs WHERE ($1::text IS NULL OR work = $1) AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR trigger = $3) ORDER BY started_at DESC LIMIT $4`,
      [f.work ?? null, f.status ?? null, f.trigger ?? null, f.limit ?? 50],
    );
    return r.rows.map(toRun);
  }

  async setRunStatus(id: string, status: RunStatus): Promise<boolean> {
    const r = await this.pool.query(`UPDATE kw_runs SET status = $1, finished_at = COALESCE(finished_at, $2) WHERE id = $3`, [status, Date.now(), id]);
    return r.rowCount === 1;
  }

  async prune(before: number): Promise<number> {
    return this.tx(async (c) => {
      let n = (await c.query(`DELETE FROM kw_runs WHERE finished_at IS NOT NULL AND finished_at < $1`, [before])).rowCount ?? 0;
      n += (await c.query(`DELETE FROM kw_jobs WHERE state = 'done' AND updated_at < $1`, [before])).rowCount ?? 0;
      n += (await c.query(`DELETE FROM kw_cron_slots c1 WHERE fired_at < $1 AND slot < (SELECT MAX(slot) FROM kw_cron_slots c2 WHERE c2.work = c1.work)`, [before])).rowCount ?? 0;
      return n;
    });
  }
}
