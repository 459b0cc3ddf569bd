// The cluster store: PostgreSQL through pg. Claims use FOR UPDATE SKIP LOCKED, so
// nodes never wait on each other's jobs; cron slots are claimed by unique insert.

import { randomUUID } from "node:crypto";
import pg from "pg";
import {
  type CheckpointInput, type DurableRecord, type DurableState, type Job, type JobState, type PushOptions, type RunFilter, type RunRecord, type RunStatus, type Store, encodePayload,
} from "./store.js";
import { toDurable } from "./sqlite.js";

const SCHEMA_VERSION = 2;

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
  // schema 2: durable runs and kept signals
  `CREATE TABLE IF NOT EXISTS kw_durable (run_id TEXT PRIMARY KEY, work TEXT NOT NULL, version TEXT NOT NULL, file TEXT NOT NULL, trigger TEXT NOT NULL, state TEXT NOT NULL, wake_at BIGINT, event TEXT, resume_value TEXT, snapshot TEXT NOT NULL, effects INTEGER NOT NULL, checkpoints INTEGER NOT NULL, attempt INTEGER NOT NULL, lease_owner TEXT, lease_until BIGINT, result TEXT, error TEXT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS kw_durable_due ON kw_durable (state, wake_at)`,
  `CREATE INDEX IF NOT EXISTS kw_durable_event ON kw_durable (event, state)`,
  `CREATE TABLE IF NOT EXISTS kw_signals (id TEXT PRIMARY KEY, event TEXT NOT NULL, data TEXT NOT NULL, expires_at BIGINT NOT NULL, created_at BIGINT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS kw_signals_event ON kw_signals (event, created_at)`,
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

  async checkpoint(c: CheckpointInput, owner: string | null, now: number): Promise<boolean> {
    return this.tx(async (db) => {
      const cur = (await db.query(`SELECT state, lease_owner, checkpoints, created_at FROM kw_durable WHERE run_id = $1 FOR UPDATE`, [c.runId])).rows[0];
      if (cur && (cur.state !== "leased" || cur.lease_owner !== owner)) return false;
      await db.query(`INSERT INTO kw_versions (hash, file, name, source, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (hash) DO NOTHING`, [c.version, c.file, c.work, c.source, now]);
      let state: DurableState = c.kind === "sleep" ? "sleeping" : c.kind === "wait" ? "waiting" : "due";
      let resume: string | null = null;
      if (c.kind === "wait") {
        const kept = (await db.query(`DELETE FROM kw_signals WHERE id = (SELECT id FROM kw_signals WHERE event = $1 AND expires_at > $2 ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING data`, [c.event, now])).rows[0];
        if (kept) {
          state = "due";
          resume = kept.data;
        }
      }
      await db.query(
        `INSERT INTO kw_durable (run_id, work, version, file, trigger, state, wake_at, event, resume_value, snapshot, effects, checkpoints, attempt, lease_owner, lease_until, result, error, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, NULL, NULL, NULL, NULL, $14, $15)
         ON CONFLICT (run_id) DO UPDATE SET state = excluded.state, wake_at = excluded.wake_at, event = excluded.event, resume_value = excluded.resume_value, snapshot = excluded.snapshot,
           effects = excluded.effects, checkpoints = excluded.checkpoints, attempt = excluded.attempt, lease_owner = NULL, lease_until = NULL, updated_at = excluded.updated_at`,
        [c.runId, c.work, c.version, c.file, c.trigger, state, c.wakeAt, c.event, resume, c.snapshot, c.effects, (cur ? Number(cur.checkpoints) : 0) + 1, c.attempt, cur ? Number(cur.created_at) : now, now],
      );
      await db.query(INSERT_RUN, runParams(c.run));
      return true;
    });
  }

  async claimDurable(owner: string, leaseMs: number, limit: number, now: number): Promise<DurableRecord[]> {
    if (limit <= 0) return [];
    // A sleep that ended or a wait that timed out resumes with null; a signalled wait with its
    // data; a run taken over after a crash resumes exactly as it was resumed before.
    const r = await this.pool.query(
      `UPDATE kw_durable SET resume_value = CASE WHEN state IN ('due', 'leased') THEN resume_value ELSE 'null' END, state = 'leased', lease_owner = $1, lease_until = $2, updated_at = $3
       WHERE run_id IN (
         SELECT run_id FROM kw_durable WHERE (state IN ('sleeping', 'waiting') AND wake_at IS NOT NULL AND wake_at <= $3) OR state = 'due' OR (state = 'leased' AND lease_until < $3)
         ORDER BY COALESCE(wake_at, updated_at) LIMIT $4 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [owner, now + leaseMs, now, limit],
    );
    return r.rows.map(toDurable);
  }

  async finishDurable(runId: string, owner: string, o: { state: "done" | "failed"; result: string | null; error: string | null }, run: RunRecord): Promise<boolean> {
    return this.tx(async (db) => {
      const r = await db.query(`UPDATE kw_durable SET state = $1, result = $2, error = $3, lease_owner = NULL, lease_until = NULL, updated_at = $4 WHERE run_id = $5 AND state = 'leased' AND lease_owner = $6`, [o.state, o.result, o.error, Date.now(), runId, owner]);
      if (r.rowCount !== 1) return false;
      await db.query(INSERT_RUN, runParams(run));
      return true;
    });
  }

  async signal(event: string, data: string, keepUntil: number | null, now: number): Promise<number> {
    return this.tx(async (db) => {
      const n = (await db.query(`UPDATE kw_durable SET state = 'due', resume_value = $1, updated_at = $2 WHERE event = $3 AND state = 'waiting'`, [data, now, event])).rowCount ?? 0;
      if (n === 0 && keepUntil !== null) await db.query(`INSERT INTO kw_signals (id, event, data, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)`, [randomUUID(), event, data, keepUntil, now]);
      return n;
    });
  }

  async getDurable(runId: string): Promise<DurableRecord | null> {
    const r = await this.pool.query(`SELECT * FROM kw_durable WHERE run_id = $1`, [runId]);
    return r.rows[0] ? toDurable(r.rows[0]) : null;
  }

  async listDurable(f: { state?: DurableState; work?: string; limit?: number }): Promise<DurableRecord[]> {
    const r = await this.pool.query(`SELECT * FROM kw_durable WHERE ($1::text IS NULL OR state = $1) AND ($2::text IS NULL OR work = $2) ORDER BY updated_at DESC LIMIT $3`, [f.state ?? null, f.work ?? null, f.limit ?? 50]);
    return r.rows.map(toDurable);
  }

  async setDurableState(runId: string, from: DurableState[], to: DurableState, now: number): Promise<boolean> {
    const r = await this.pool.query(`UPDATE kw_durable SET state = $1, lease_owner = NULL, lease_until = NULL, updated_at = $2 WHERE run_id = $3 AND state = ANY($4::text[])`, [to, now, runId, from]);
    return r.rowCount === 1;
  }

  async prune(before: number): Promise<number> {
    return this.tx(async (c) => {
      let n = (await c.query(`DELETE FROM kw_runs WHERE finished_at IS NOT NULL AND finished_at < $1`, [before])).rowCount ?? 0;
      n += (await c.query(`DELETE FROM kw_jobs WHERE state = 'done' AND updated_at < $1`, [before])).rowCount ?? 0;
      n += (await c.query(`DELETE FROM kw_cron_slots c1 WHERE fired_at < $1 AND slot < (SELECT MAX(slot) FROM kw_cron_slots c2 WHERE c2.work = c1.work)`, [before])).rowCount ?? 0;
      n += (await c.query(`DELETE FROM kw_durable WHERE state IN ('done', 'failed', 'cancelled') AND updated_at < $1`, [before])).rowCount ?? 0;
      n += (await c.query(`DELETE FROM kw_signals WHERE expires_at < $1`, [before])).rowCount ?? 0;
      n += (await c.query(`DELETE FROM kw_versions WHERE created_at < $1 AND hash NOT IN (SELECT version FROM kw_durable WHERE state NOT IN ('done', 'failed', 'cancelled'))`, [before])).rowCount ?? 0;
      return n;
    });
  }

  async expireLeases(node: string): Promise<{ jobs: number; runs: number }> {
    const prefix = `${node}:`;
    const jobs = await this.pool.query(`UPDATE kw_jobs SET lease_until = 0 WHERE state = 'leased' AND left(lease_owner, $1) = $2`, [prefix.length, prefix]);
    const runs = await this.pool.query(`UPDATE kw_durable SET lease_until = 0 WHERE state = 'leased' AND left(lease_owner, $1) = $2`, [prefix.length, prefix]);
    return { jobs: jobs.rowCount ?? 0, runs: runs.rowCount ?? 0 };
  }
}
