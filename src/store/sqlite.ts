// The embedded store: SQLite through better-sqlite3 (synchronous, WAL). Claims run in
// BEGIN IMMEDIATE transactions, so several engine processes can share one file.

import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type BetterSqlite3 from "better-sqlite3";
import { type Job, type JobState, type PushOptions, type RunFilter, type RunRecord, type RunStatus, type Store, encodePayload } from "./store.js";

const SCHEMA_VERSION = 1;

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS kw_versions (hash TEXT PRIMARY KEY, file TEXT NOT NULL, name TEXT NOT NULL, source TEXT NOT NULL, created_at INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS kw_jobs (id TEXT PRIMARY KEY, queue TEXT NOT NULL, payload TEXT NOT NULL, key TEXT, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, run_at INTEGER NOT NULL, lease_owner TEXT, lease_until INTEGER, error TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS kw_jobs_due ON kw_jobs (queue, state, run_at)`,
  `CREATE UNIQUE INDEX IF NOT EXISTS kw_jobs_key ON kw_jobs (queue, key) WHERE key IS NOT NULL AND state IN ('pending', 'leased')`,
  `CREATE TABLE IF NOT EXISTS kw_cron_slots (work TEXT NOT NULL, slot INTEGER NOT NULL, owner TEXT NOT NULL, fired_at INTEGER NOT NULL, PRIMARY KEY (work, slot))`,
  `CREATE TABLE IF NOT EXISTS kw_runs (id TEXT PRIMARY KEY, work TEXT NOT NULL, version TEXT NOT NULL, trigger TEXT NOT NULL, status TEXT NOT NULL, attempt INTEGER NOT NULL, started_at INTEGER NOT NULL, finished_at INTEGER, error TEXT, result_size INTEGER, logs TEXT NOT NULL, job_id TEXT)`,
  `CREATE INDEX IF NOT EXISTS kw_runs_recent ON kw_runs (started_at)`,
  `CREATE INDEX IF NOT EXISTS kw_runs_work ON kw_runs (work, started_at)`,
];

interface JobRow {
  id: string;
  queue: string;
  payload: string;
  key: string | null;
  state: JobState;
  attempts: number;
  run_at: number;
  lease_owner: string | null;
  lease_until: number | null;
  error: string | null;
  created_at: number;
}

function toJob(r: JobRow): Job {
  return {
    id: r.id,
    queue: r.queue,
    payload: JSON.parse(r.payload),
    key: r.key,
    state: r.state,
    attempts: r.attempts,
    runAt: r.run_at,
    leaseOwner: r.lease_owner,
    leaseUntil: r.lease_until,
    error: r.error,
    createdAt: r.created_at,
  };
}

interface RunRow {
  id: string;
  work: string;
  version: string;
  trigger: string;
  status: RunStatus;
  attempt: number;
  started_at: number;
  finished_at: number | null;
  error: string | null;
  result_size: number | null;
  logs: string;
  job_id: string | null;
}

function toRun(r: RunRow): RunRecord {
  return {
    id: r.id,
    work: r.work,
    version: r.version,
    trigger: r.trigger,
    status: r.status,
    attempt: r.attempt,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    error: r.error,
    resultSize: r.result_size,
    logs: JSON.parse(r.logs),
    jobId: r.job_id,
  };
}

function runParams(run: RunRecord): unknown[] {
  return [run.id, run.work, run.version, run.trigger, run.status, run.attempt, run.startedAt, run.finishedAt, run.error, run.resultSize, JSON.stringify(run.logs), run.jobId];
}

const INSERT_RUN = `INSERT INTO kw_runs (id, work, version, trigger, status, attempt, started_at, finished_at, error, result_size, logs, job_id)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET status = excluded.status, attempt = excluded.attempt, finished_at = excluded.finished_at, error = excluded.error, result_size = excluded.result_size, logs = excluded.logs`;

/** A dead job may come back unless its key is held by a live job, or by a newer dead one. */
const REDRIVABLE = `(key IS NULL OR (NOT EXISTS (SELECT 1 FROM kw_jobs k2 WHERE k2.queue = kw_jobs.queue AND k2.key = kw_jobs.key AND k2.state IN ('pending', 'leased'))
  AND id = (SELECT k3.id FROM kw_jobs k3 WHERE k3.queue = kw_jobs.queue AND k3.key = kw_jobs.key AND k3.state = 'dead' ORDER BY k3.created_at DESC, k3.id DESC LIMIT 1)))`;

export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  private constructor(private readonly db: BetterSqlite3.Database) {}

  static async open(file: string): Promise<SqliteStore> {
    const { default: Database } = await import("better-sqlite3");
    if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 5000");
    return new SqliteStore(db);
  }

  async migrate(): Promise<void> {
    const current = this.db.pragma("user_version", { simple: true }) as number;
    if (current > SCHEMA_VERSION) throw new Error(`the store was created by a newer Kitwork (schema ${current}; this one knows ${SCHEMA_VERSION})`);
    this.db.transaction(() => {
      for (const s of SCHEMA) this.db.exec(s);
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }).immediate();
  }

  async close(): Promise<void> {
    this.db.close();
  }

  async putVersion(v: { hash: string; file: string; name: string; source: string }): Promise<void> {
    this.db.prepare(`INSERT INTO kw_versions (hash, file, name, source, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING`).run(v.hash, v.file, v.name, v.source, Date.now());
  }

  async getVersion(hash: string) {
    const r = this.db.prepare(`SELECT hash, file, name, source FROM kw_versions WHERE hash = ?`).get(hash) as { hash: string; file: string; name: string; source: string } | undefined;
    return r ?? null;
  }

  async pushJob(queue: string, payload: unknown, opts: PushOptions): Promise<{ id: string; deduped: boolean }> {
    const text = encodePayload(payload);
    return this.db.transaction(() => {
      if (opts.key) {
        const existing = this.db.prepare(`SELECT id FROM kw_jobs WHERE queue = ? AND key = ? AND state IN ('pending', 'leased')`).get(queue, opts.key) as { id: string } | undefined;
        if (existing) return { id: existing.id, deduped: true };
      }
      const id = randomUUID();
      const now = Date.now();
      this.db.prepare(`INSERT INTO kw_jobs (id, queue, payload, key, state, attempts, run_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?, ?)`).run(id, queue, text, opts.key ?? null, opts.runAt, now, now);
      return { id, deduped: false };
    }).immediate();
  }

  async claimJobs(queue: string, owner: string, leaseMs: number, limit: number, now: number): Promise<Job[]> {
    if (limit <= 0) return [];
    return this.db.transaction(() => {
      const rows = this.db
        .prepare(`SELECT * FROM kw_jobs WHERE queue = ? AND ((state = 'pending' AND run_at <= ?) OR (state = 'leased' AND lease_until < ?)) ORDER BY run_at LIMIT ?`)
        .all(queue, now, now, limit) as JobRow[];
      const upd = this.db.prepare(`UPDATE kw_jobs SET state = 'leased', lease_owner = ?, lease_until = ?, attempts = attempts + 1, updated_at = ? WHERE id = ?`);
      for (const r of rows) {
        upd.run(owner, now + leaseMs, now, r.id);
        r.state = "leased";
        r.lease_owner = owner;
        r.lease_until = now + leaseMs;
        r.attempts += 1;
      }
      return rows.map(toJob);
    }).immediate();
  }

  async completeJob(jobId: string, owner: string, run: RunRecord): Promise<boolean> {
    return this.db.transaction(() => {
      const r = this.db.prepare(`UPDATE kw_jobs SET state = 'done', lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND state = 'leased' AND lease_owner = ?`).run(Date.now(), jobId, owner);
      if (r.changes !== 1) return false; // the lease was lost: another worker owns the job now
      this.db.prepare(INSERT_RUN).run(...runParams(run));
      return true;
    }).immediate();
  }

  async failJob(jobId: string, owner: string, error: string, retryAt: number | null, run: RunRecord): Promise<boolean> {
    return this.db.transaction(() => {
      const r =
        retryAt === null
          ? this.db.prepare(`UPDATE kw_jobs SET state = 'dead', error = ?, lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND state = 'leased' AND lease_owner = ?`).run(error, Date.now(), jobId, owner)
          : this.db.prepare(`UPDATE kw_jobs SET state = 'pending', error = ?, run_at = ?, lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND state = 'leased' AND lease_owner = ?`).run(error, retryAt, Date.now(), jobId, owner);
      if (r.changes !== 1) return false;
      this.db.prepare(INSERT_RUN).run(...runParams(run));
      return true;
    }).immediate();
  }

  async getJob(id: string): Promise<Job | null> {
    const r = this.db.prepare(`SELECT * FROM kw_jobs WHERE id = ?`).get(id) as JobRow | undefined;
    return r ? toJob(r) : null;
  }

  async listJobs(queue: string | null, state: JobState | null, limit: number): Promise<Job[]> {
    const rows = this.db
      .prepare(`SELECT * FROM kw_jobs WHERE (? IS NULL OR queue = ?) AND (? IS NULL OR state = ?) ORDER BY created_at DESC LIMIT ?`)
      .all(queue, queue, state, state, limit) as JobRow[];
    return rows.map(toJob);
  }

  async queueCounts() {
    return this.db.prepare(`SELECT queue, state, COUNT(*) AS count FROM kw_jobs GROUP BY queue, state ORDER BY queue, state`).all() as Array<{ queue: string; state: JobState; count: number }>;
  }

  async redrive(queue: string, jobId: string | null, now: number): Promise<number> {
    const r = this.db
      .prepare(`UPDATE kw_jobs SET state = 'pending', attempts = 0, run_at = ?, error = NULL, updated_at = ? WHERE queue = ? AND state = 'dead' AND (? IS NULL OR id = ?) AND ${REDRIVABLE}`)
      .run(now, now, queue, jobId, jobId);
    return r.changes;
  }

  async cancelJob(id: string, now: number): Promise<boolean> {
    return this.db.prepare(`UPDATE kw_jobs SET state = 'dead', error = 'cancelled', updated_at = ? WHERE id = ? AND state = 'pending'`).run(now, id).changes === 1;
  }

  async purge(queue: string): Promise<number> {
    return this.db.prepare(`DELETE FROM kw_jobs WHERE queue = ? AND state IN ('pending', 'dead')`).run(queue).changes;
  }

  async claimCronSlot(work: string, slot: number, owner: string, now: number): Promise<boolean> {
    return this.db.prepare(`INSERT INTO kw_cron_slots (work, slot, owner, fired_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`).run(work, slot, owner, now).changes === 1;
  }

  async lastCronSlot(work: string): Promise<number | null> {
    const r = this.db.prepare(`SELECT MAX(slot) AS slot FROM kw_cron_slots WHERE work = ?`).get(work) as { slot: number | null };
    return r.slot;
  }

  async recordRun(run: RunRecord): Promise<void> {
    this.db.prepare(INSERT_RUN).run(...runParams(run));
  }

  async getRun(id: string): Promise<RunRecord | null> {
    const r = this.db.prepare(`SELECT * FROM kw_runs WHERE id = ?`).get(id) as RunRow | undefined;
    return r ? toRun(r) : null;
  }

  async listRuns(f: RunFilter): Promise<RunRecord[]> {
    const rows = this.db
      .prepare(`SELECT * FROM kw_runs WHERE (? IS NULL OR work = ?) AND (? IS NULL OR status = ?) AND (? IS NULL OR trigger = ?) ORDER BY started_at DESC LIMIT ?`)
      .all(f.work ?? null, f.work ?? null, f.status ?? null, f.status ?? null, f.trigger ?? null, f.trigger ?? null, f.limit ?? 50) as RunRow[];
    return rows.map(toRun);
  }

  async setRunStatus(id: string, status: RunStatus): Promise<boolean> {
    return this.db.prepare(`UPDATE kw_runs SET status = ?, finished_at = COALESCE(finished_at, ?) WHERE id = ?`).run(status, Date.now(), id).changes === 1;
  }

  async prune(before: number): Promise<number> {
    return this.db.transaction(() => {
      let n = this.db.prepare(`DELETE FROM kw_runs WHERE finished_at IS NOT NULL AND finished_at < ?`).run(before).changes;
      n += this.db.prepare(`DELETE FROM kw_jobs WHERE state = 'done' AND updated_at < ?`).run(before).changes;
      n += this.db.prepare(`DELETE FROM kw_cron_slots WHERE fired_at < ? AND slot < (SELECT MAX(slot) FROM kw_cron_slots s2 WHERE s2.work = kw_cron_slots.work)`).run(before).changes;
      return n;
    }).immediate();
  }
}
