// The embedded store: SQLite through better-sqlite3 (synchronous, WAL). Claims run in
// BEGIN IMMEDIATE transactions, so several engine processes can share one file.

import { randomUUID } from "node:crypto";
import { sqliteOptions } from "../db/sqlite-binding.js";
import { timeOrderedId } from "../ids.js";
import fs from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type BetterSqlite3 from "better-sqlite3";
import { DURABLE_CLAIM_ORDER, NODE_COLUMNS, RUN_COLUMNS, listNodesSql, mergeRuns, nodeParams, runFilterSql, runParams, toDurable, toJob, toNode, toRun, upsertNodeSql, upsertRunsSql } from "./rows.js";
import { SCHEMA_VERSION, SQLITE_TYPES, upgradePlan } from "./schema.js";
import { RecordWriter } from "./sqlite-writer.js";
import { INSERT_PACK_SQL, PRUNE_PACKS_SQL, getRunWithPacks, listRunsWithPacks, packRuns } from "./run-packs.js";
import { DEPLOYMENT_SELECT, type Deployment, type DeploymentFile, type NewDeployment, decodeFile, encodeFile, toDeployment } from "./deployments.js";
import { type CheckpointNext, checkpointClaim, checkpointState } from "./store.js";
import {
  type CheckpointInput, type ClaimRequest, type DurableRecord, type DurableState, type HeldLeases, type Job, type JobDone, type JobState, NODE_FORGET_MS, type NodeInfo, type NodeRecord, type PushOptions, type RateTake, type RunFilter, type RunRecord, type RunStatus, type Store, type StoreStats, STATS_SQL, encodePayload, statsOf,
} from "./store.js";

type Row = Record<string, unknown>;

const INSERT_RUN = upsertRunsSql(`VALUES (${RUN_COLUMNS.map(() => "?").join(", ")})`);
const INSERT_PACK = INSERT_PACK_SQL(() => "?");

/** A dead job may come back unless its key is held by a live job, or by a newer dead one. */
const REDRIVABLE = `(key IS NULL OR (NOT EXISTS (SELECT 1 FROM kw_jobs k2 WHERE k2.queue = kw_jobs.queue AND k2.key = kw_jobs.key AND k2.state IN ('pending', 'leased'))
  AND id = (SELECT k3.id FROM kw_jobs k3 WHERE k3.queue = kw_jobs.queue AND k3.key = kw_jobs.key AND k3.state = 'dead' ORDER BY k3.created_at DESC, k3.id DESC LIMIT 1)))`;

/**
 * The jobs of a queue a claim at `now` may take (parameters: queue, now, limit): first jobs
 * leased under an expired lease, by the end of their lease (kw_jobs_leased), then pending
 * jobs due by then, oldest first (kw_jobs_pending) — each off its own partial index, so a
 * claim reads only what it takes (see the PostgreSQL store).
 */
const EXPIRED = `SELECT * FROM kw_jobs WHERE queue = ? AND state = 'leased' AND lease_until < ? ORDER BY lease_until LIMIT ?`;
const DUE = `SELECT * FROM kw_jobs WHERE queue = ? AND state = 'pending' AND run_at <= ? ORDER BY run_at LIMIT ?`;

/** The statements that write `runs`' records: a kw_runs row each, plain successes many to a pack (store/run-packs.ts). */
function recordStatements(runs: RunRecord[]): Array<[string, unknown[]]> {
  const { rows, packs } = packRuns(mergeRuns(runs));
  return [...rows.map((r): [string, unknown[]] => [INSERT_RUN, runParams(r)]), ...packs.map((p): [string, unknown[]] => [INSERT_PACK, p])];
}

export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  /** Prepared statements by their text (preparing costs about as much as a small query). */
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private constructor(private readonly db: BetterSqlite3.Database) {}

  private q(sql: string): BetterSqlite3.Statement {
    let st = this.statements.get(sql);
    if (st === undefined) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  get file(): string | null {
    return this.db.memory ? null : this.db.name;
  }

  static async open(file: string): Promise<SqliteStore> {
    const { default: Database } = await import("better-sqlite3");
    if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const db = new Database(file, sqliteOptions());
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 5000");
    return new SqliteStore(db);
  }

  async migrate(): Promise<void> {
    // Read and raised inside one BEGIN IMMEDIATE: of several processes opening an old file, one upgrades it.
    this.db.transaction(() => {
      const current = this.db.pragma("user_version", { simple: true }) as number;
      if (current === SCHEMA_VERSION) return;
      for (const statement of upgradePlan(current, SQLITE_TYPES)) this.db.exec(statement);
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }).immediate();
  }

  async close(): Promise<void> {
    await this.writer?.close();
    this.db.close();
  }

  async putVersion(v: { hash: string; file: string; name: string; source: string }): Promise<void> {
    this.q(`INSERT INTO kw_versions (hash, file, name, source, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING`).run(v.hash, v.file, v.name, v.source, Date.now());
  }

  async getVersion(hash: string) {
    const r = this.q(`SELECT hash, file, name, source FROM kw_versions WHERE hash = ?`).get(hash) as { hash: string; file: string; name: string; source: string } | undefined;
    return r ?? null;
  }

  async pushJob(queue: string, payload: unknown, opts: PushOptions): Promise<{ id: string; deduped: boolean }> {
    const text = encodePayload(payload);
    return this.db.transaction(() => {
      // A ttl push holds its key for the window: the window's job answers, whatever its state.
      const at = opts.now ?? Date.now();
      const window = opts.key && opts.ttlMs ? opts.ttlMs : null;
      const hold = (jobId: string) => this.q(`INSERT OR REPLACE INTO kw_queue_keys (queue, key, job_id, expires_at, created_at) VALUES (?, ?, ?, ?, ?)`).run(queue, opts.key, jobId, at + window!, at);
      if (opts.key) {
        if (window) {
          const held = this.q(`SELECT job_id FROM kw_queue_keys WHERE queue = ? AND key = ? AND expires_at > ?`).get(queue, opts.key, at) as { job_id: string } | undefined;
          if (held) return { id: held.job_id, deduped: true };
        }
        const existing = this.q(`SELECT id FROM kw_jobs WHERE queue = ? AND key = ? AND state IN ('pending', 'leased')`).get(queue, opts.key) as { id: string } | undefined;
        if (existing) {
          if (window) hold(existing.id);
          return { id: existing.id, deduped: true };
        }
      }
      const id = timeOrderedId();
      const now = Date.now();
      this.q(`INSERT INTO kw_jobs (id, queue, payload, key, state, attempts, run_at, created_at, updated_at, trace) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?)`).run(id, queue, text, opts.key ?? null, opts.runAt, now, now, opts.trace ?? null);
      if (window) hold(id);
      return { id, deduped: false };
    }).immediate();
  }

  async claimJobs(queue: string, owner: string, leaseMs: number, limit: number, now: number): Promise<Job[]> {
    if (limit <= 0) return [];
    return this.db.transaction(() => this.lease(queue, owner, leaseMs, limit, now)).immediate();
  }

  /** Leases up to `limit` claimable jobs (inside a transaction). */
  private lease(queue: string, owner: string, leaseMs: number, limit: number, now: number): Job[] {
    if (limit <= 0) return [];
    const rows = this.q(EXPIRED).all(queue, now, limit) as Row[];
    if (rows.length < limit) rows.push(...(this.q(DUE).all(queue, now, limit - rows.length) as Row[]));
    const upd = this.q(`UPDATE kw_jobs SET state = 'leased', lease_owner = ?, lease_until = ?, attempts = attempts + 1, updated_at = ? WHERE id = ?`);
    for (const r of rows) upd.run(owner, now + leaseMs, now, r.id);
    return rows.map((r) => ({ ...toJob(r), state: "leased" as const, attempts: Number(r.attempts) + 1, leaseOwner: owner, leaseUntil: now + leaseMs }));
  }

  /** claimJobsCapped's claim (inside a BEGIN IMMEDIATE transaction: the count and the claim see the same jobs, whichever process claims). */
  private leaseCapped(queue: string, owner: string, leaseMs: number, limit: number, cap: number, now: number): Job[] {
    if (limit <= 0 || cap <= 0) return [];
    const live = Number((this.q(`SELECT COUNT(*) AS n FROM kw_jobs WHERE queue = ? AND state = 'leased' AND lease_until >= ?`).get(queue, now) as { n: number }).n);
    return this.lease(queue, owner, leaseMs, Math.min(limit, cap - live), now);
  }

  async completeJob(jobId: string, owner: string, run: RunRecord | null): Promise<boolean> {
    return this.db.transaction(() => {
      const kept = this.complete(jobId, owner);
      if (kept && run) this.q(INSERT_RUN).run(...runParams(run));
      return kept;
    }).immediate();
  }

  /** A job's completion (inside a transaction), without its record; false when the lease was lost (another worker owns the job now). */
  private complete(jobId: string, owner: string): boolean {
    return this.q(`UPDATE kw_jobs SET state = 'done', lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND state = 'leased' AND lease_owner = ?`).run(Date.now(), jobId, owner).changes === 1;
  }

  /**
   * One BEGIN IMMEDIATE transaction: the completions, the records of the jobs completed
   * (plain successes in packs, as recordRuns writes them), then the claim (which sees them).
   */
  async completeJobs(done: readonly JobDone[], claim: ClaimRequest | null): Promise<{ kept: boolean[]; jobs: Job[] }> {
    return this.db.transaction(() => {
      const kept = done.map((d) => this.complete(d.jobId, d.owner));
      for (const [sql, params] of recordStatements(done.flatMap((d, i) => (kept[i] && d.run ? [d.run] : [])))) this.q(sql).run(...params);
      if (!claim) return { kept, jobs: [] };
      const { queue, owner, leaseMs, limit, now, cap } = claim;
      return { kept, jobs: cap === undefined ? this.lease(queue, owner, leaseMs, limit, now) : this.leaseCapped(queue, owner, leaseMs, limit, cap, now) };
    }).immediate();
  }

  async returnJobs(jobs: ReadonlyArray<{ jobId: string; owner: string }>, now: number): Promise<number> {
    return this.db.transaction(() => {
      const back = this.q(`UPDATE kw_jobs SET state = 'pending', lease_owner = NULL, lease_until = NULL, attempts = MAX(0, attempts - 1), updated_at = ? WHERE id = ? AND state = 'leased' AND lease_owner = ?`);
      let n = 0;
      for (const j of jobs) n += back.run(now, j.jobId, j.owner).changes;
      return n;
    }).immediate();
  }

  async failJob(jobId: string, owner: string, error: string, retryAt: number | null, run: RunRecord | null): Promise<boolean> {
    return this.db.transaction(() => {
      const r =
        retryAt === null
          ? this.q(`UPDATE kw_jobs SET state = 'dead', error = ?, lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND state = 'leased' AND lease_owner = ?`).run(error, Date.now(), jobId, owner)
          : this.q(`UPDATE kw_jobs SET state = 'pending', error = ?, run_at = ?, lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE id = ? AND state = 'leased' AND lease_owner = ?`).run(error, retryAt, Date.now(), jobId, owner);
      if (r.changes !== 1) return false;
      if (run) this.q(INSERT_RUN).run(...runParams(run));
      return true;
    }).immediate();
  }

  async getJob(id: string): Promise<Job | null> {
    const r = this.q(`SELECT * FROM kw_jobs WHERE id = ?`).get(id) as Row | undefined;
    return r ? toJob(r) : null;
  }

  async listJobs(queue: string | null, state: JobState | null, limit: number): Promise<Job[]> {
    const rows = this
      .q(`SELECT * FROM kw_jobs WHERE (? IS NULL OR queue = ?) AND (? IS NULL OR state = ?) ORDER BY created_at DESC LIMIT ?`)
      .all(queue, queue, state, state, limit) as Row[];
    return rows.map(toJob);
  }

  async queueCounts() {
    return this.q(`SELECT queue, state, COUNT(*) AS count FROM kw_jobs GROUP BY queue, state ORDER BY queue, state`).all() as Array<{ queue: string; state: JobState; count: number }>;
  }

  async stats(): Promise<StoreStats> {
    return statsOf(this.q(STATS_SQL).all() as Parameters<typeof statsOf>[0]);
  }

  async ping(): Promise<void> {
    this.q("SELECT 1").get();
  }

  async redrive(queue: string, jobId: string | null, now: number): Promise<number> {
    const r = this
      .q(`UPDATE kw_jobs SET state = 'pending', attempts = 0, run_at = ?, error = NULL, updated_at = ? WHERE queue = ? AND state = 'dead' AND (? IS NULL OR id = ?) AND ${REDRIVABLE}`)
      .run(now, now, queue, jobId, jobId);
    return r.changes;
  }

  async cancelJob(id: string, now: number): Promise<boolean> {
    return this.q(`UPDATE kw_jobs SET state = 'dead', error = 'cancelled', updated_at = ? WHERE id = ? AND state = 'pending'`).run(now, id).changes === 1;
  }

  async purge(queue: string): Promise<number> {
    return this.q(`DELETE FROM kw_jobs WHERE queue = ? AND state IN ('pending', 'dead')`).run(queue).changes;
  }

  async claimCronSlot(work: string, slot: number, owner: string, now: number, job?: { queue: string; payload: unknown }): Promise<boolean> {
    const payload = job ? encodePayload(job.payload) : null;
    return this.db.transaction(() => {
      const took = this.q(`INSERT INTO kw_cron_slots (work, slot, owner, fired_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`).run(work, slot, owner, now).changes === 1;
      // The slot's job in the same transaction: a slot is never claimed without it.
      if (took && job) {
        this.q(`INSERT INTO kw_jobs (id, queue, payload, key, state, attempts, run_at, created_at, updated_at, trace) VALUES (?, ?, ?, NULL, 'pending', 0, ?, ?, ?, NULL)`).run(timeOrderedId(), job.queue, payload, now, now, now);
      }
      return took;
    }).immediate();
  }

  async lastCronSlot(work: string): Promise<number | null> {
    const r = this.q(`SELECT MAX(slot) AS slot FROM kw_cron_slots WHERE work = ?`).get(work) as { slot: number | null };
    return r.slot;
  }

  async recordRun(run: RunRecord): Promise<void> {
    this.q(INSERT_RUN).run(...runParams(run));
  }

  /** The run-record writer thread (sqlite-writer.ts): made on the first batch; null for an in-memory store or when it cannot start. */
  private writer: RecordWriter | null | undefined;

  async recordRuns(runs: RunRecord[]): Promise<void> {
    if (runs.length === 0) return;
    const statements = recordStatements(runs);
    if (this.writer === undefined) {
      try {
        this.writer = this.db.memory ? null : new RecordWriter(this.db.name, () => this.db.open && this.db.pragma("wal_autocheckpoint = 1000"));
        // The thread checkpoints from now on (sqlite-writer.ts); SQLite's default comes back when it stops.
        if (this.writer) this.db.pragma("wal_autocheckpoint = 0");
      } catch {
        this.writer = null;
      }
    }
    // A thread only helps with a core to run on: a process held to one CPU (taskset, a
    // container's cpuset) writes its records itself, which costs it less than posting them.
    if (this.writer && !this.writer.broken && availableParallelism() >= 2) return this.writer.write(statements);
    this.db.transaction(() => {
      for (const [sql, params] of statements) this.q(sql).run(...params);
    }).immediate();
  }

  async getRun(id: string): Promise<RunRecord | null> {
    const r = this.q(`SELECT * FROM kw_runs WHERE id = ?`).get(id) as Row | undefined;
    return getRunWithPacks(r ? toRun(r) : null, id, () => "?", async (sql, params) => this.q(sql).all(...params) as Row[]);
  }

  async listRuns(f: RunFilter): Promise<RunRecord[]> {
    const { where, params } = runFilterSql(f, () => "?");
    const rows = this.q(`SELECT * FROM kw_runs ${where} ORDER BY started_at DESC, id DESC LIMIT ?`).all(...params, f.limit ?? 50) as Row[];
    return listRunsWithPacks(f, rows.map(toRun), () => "?", async (sql, ps) => this.q(sql).all(...ps) as Row[]);
  }

  async setRunStatus(id: string, status: RunStatus): Promise<boolean> {
    return this.q(`UPDATE kw_runs SET status = ?, finished_at = COALESCE(finished_at, ?) WHERE id = ?`).run(status, Date.now(), id).changes === 1;
  }

  async checkpoint(c: CheckpointInput, owner: string | null, now: number, next?: CheckpointNext): Promise<boolean | DurableRecord> {
    return this.db.transaction((): boolean | DurableRecord => {
      const cur = this.q(`SELECT state, lease_owner, checkpoints, created_at FROM kw_durable WHERE run_id = ?`).get(c.runId) as { state: string; lease_owner: string | null; checkpoints: number; created_at: number } | undefined;
      if (cur && (cur.state !== "leased" || cur.lease_owner !== owner)) return false;
      // A run's version is stored with its first checkpoint and kept while the run is not finished.
      if (!cur) this.q(`INSERT INTO kw_versions (hash, file, name, source, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING`).run(c.version, c.file, c.work, c.source, now);
      let resume: string | null = null;
      let keptSignal = false;
      if (c.kind === "wait") {
        const kept = this.q(`SELECT id, data FROM kw_signals WHERE event = ? AND expires_at > ? ORDER BY created_at LIMIT 1`).get(c.event, now) as { id: string; data: string } | undefined;
        if (kept) {
          this.q(`DELETE FROM kw_signals WHERE id = ?`).run(kept.id);
          keptSignal = true;
          resume = kept.data;
        }
      }
      const state: DurableState = checkpointState(c, keptSignal, now, next);
      // A sleep that is over resumes with null, as a claim would resume it.
      if (state === "leased" && c.kind === "sleep") resume = "null";
      const checkpoints = (cur?.checkpoints ?? 0) + 1;
      const createdAt = cur?.created_at ?? now;
      const lease = state === "leased" ? next! : null;
      this
        .q(
          `INSERT INTO kw_durable (run_id, work, version, file, trigger, state, wake_at, event, resume_value, snapshot, effects, checkpoints, attempt, lease_owner, lease_until, result, error, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)
           ON CONFLICT (run_id) DO UPDATE SET state = excluded.state, wake_at = excluded.wake_at, event = excluded.event, resume_value = excluded.resume_value, snapshot = excluded.snapshot,
             effects = excluded.effects, checkpoints = excluded.checkpoints, attempt = excluded.attempt, lease_owner = excluded.lease_owner, lease_until = excluded.lease_until, updated_at = excluded.updated_at`,
        )
        .run(c.runId, c.work, c.version, c.file, c.trigger, state, c.wakeAt, c.event, resume, c.snapshot, c.effects, checkpoints, c.attempt, lease?.owner ?? null, lease?.leaseUntil ?? null, createdAt, now);
      this.q(INSERT_RUN).run(...runParams(c.run));
      return lease ? checkpointClaim(c, lease, checkpoints, createdAt, resume, now) : true;
    }).immediate();
  }

  async claimDurable(owner: string, leaseMs: number, limit: number, now: number): Promise<DurableRecord[]> {
    if (limit <= 0) return [];
    return this.db.transaction(() => {
      const rows = this
        .q(
          `SELECT * FROM kw_durable WHERE (state IN ('sleeping', 'waiting') AND wake_at IS NOT NULL AND wake_at <= ?) OR state = 'due' OR (state = 'leased' AND lease_until < ?)
           ORDER BY ${DURABLE_CLAIM_ORDER} LIMIT ?`,
        )
        .all(now, now, limit) as Row[];
      const upd = this.q(`UPDATE kw_durable SET state = 'leased', lease_owner = ?, lease_until = ?, resume_value = ?, updated_at = ? WHERE run_id = ?`);
      for (const r of rows) {
        // A sleep that ended or a wait that timed out resumes with null; a signalled wait with its data;
        // a run taken over after a crash resumes exactly as it was resumed before.
        const resume = r.state === "due" || r.state === "leased" ? r.resume_value : "null";
        upd.run(owner, now + leaseMs, resume, now, r.run_id);
        r.state = "leased";
        r.lease_owner = owner;
        r.lease_until = now + leaseMs;
        r.resume_value = resume;
      }
      return rows.map(toDurable);
    }).immediate();
  }

  async finishDurable(runId: string, owner: string, o: { state: "done" | "failed"; result: string | null; error: string | null }, run: RunRecord): Promise<boolean> {
    return this.db.transaction(() => {
      const r = this.q(`UPDATE kw_durable SET state = ?, result = ?, error = ?, lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE run_id = ? AND state = 'leased' AND lease_owner = ?`).run(o.state, o.result, o.error, Date.now(), runId, owner);
      if (r.changes !== 1) return false;
      this.q(INSERT_RUN).run(...runParams(run));
      return true;
    }).immediate();
  }

  async releaseDurable(runId: string, owner: string): Promise<boolean> {
    return this.q(`UPDATE kw_durable SET lease_until = 0 WHERE run_id = ? AND state = 'leased' AND lease_owner = ?`).run(runId, owner).changes === 1;
  }

  async signal(event: string, data: string, keepUntil: number | null, now: number): Promise<number> {
    return this.db.transaction(() => {
      const n = this.q(`UPDATE kw_durable SET state = 'due', resume_value = ?, updated_at = ? WHERE event = ? AND state = 'waiting'`).run(data, now, event).changes;
      if (n === 0 && keepUntil !== null) this.q(`INSERT INTO kw_signals (id, event, data, expires_at, created_at) VALUES (?, ?, ?, ?, ?)`).run(randomUUID(), event, data, keepUntil, now);
      return n;
    }).immediate();
  }

  async getDurable(runId: string): Promise<DurableRecord | null> {
    const r = this.q(`SELECT * FROM kw_durable WHERE run_id = ?`).get(runId) as Row | undefined;
    return r ? toDurable(r) : null;
  }

  async listDurable(f: { state?: DurableState; work?: string; limit?: number }): Promise<DurableRecord[]> {
    const rows = this
      .q(`SELECT * FROM kw_durable WHERE (? IS NULL OR state = ?) AND (? IS NULL OR work = ?) ORDER BY updated_at DESC LIMIT ?`)
      .all(f.state ?? null, f.state ?? null, f.work ?? null, f.work ?? null, f.limit ?? 50) as Row[];
    return rows.map(toDurable);
  }

  async setDurableState(runId: string, from: DurableState[], to: DurableState, now: number): Promise<boolean> {
    const marks = from.map(() => "?").join(", ");
    return this.q(`UPDATE kw_durable SET state = ?, lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE run_id = ? AND state IN (${marks})`).run(to, now, runId, ...from).changes === 1;
  }

  async prune(before: number): Promise<number> {
    return this.db.transaction(() => {
      let n = this.q(`DELETE FROM kw_runs WHERE finished_at IS NOT NULL AND finished_at < ?`).run(before).changes;
      n += this.q(PRUNE_PACKS_SQL("?")).run(before).changes;
      n += this.q(`DELETE FROM kw_jobs WHERE state = 'done' AND updated_at < ?`).run(before).changes;
      n += this.q(`DELETE FROM kw_cron_slots WHERE fired_at < ? AND slot < (SELECT MAX(slot) FROM kw_cron_slots s2 WHERE s2.work = kw_cron_slots.work)`).run(before).changes;
      n += this.q(`DELETE FROM kw_durable WHERE state IN ('done', 'failed', 'cancelled') AND updated_at < ?`).run(before).changes;
      n += this.q(`DELETE FROM kw_signals WHERE expires_at < ?`).run(before).changes;
      n += this.q(`DELETE FROM kw_queue_keys WHERE expires_at < ?`).run(before).changes;
      // Sources no live durable run needs (current works are stored again when loaded).
      n += this.q(`DELETE FROM kw_versions WHERE created_at < ? AND hash NOT IN (SELECT version FROM kw_durable WHERE state NOT IN ('done', 'failed', 'cancelled'))`).run(before).changes;
      return n;
    }).immediate();
  }

  async expireLeases(node: string): Promise<{ jobs: number; runs: number }> {
    const prefix = `${node}:`;
    return this.db.transaction(() => ({
      jobs: this.q(`UPDATE kw_jobs SET lease_until = 0 WHERE state = 'leased' AND substr(lease_owner, 1, ?) = ?`).run(prefix.length, prefix).changes,
      runs: this.q(`UPDATE kw_durable SET lease_until = 0 WHERE state = 'leased' AND substr(lease_owner, 1, ?) = ?`).run(prefix.length, prefix).changes,
    })).immediate();
  }

  // ---------------------------------------------------------------- nodes and their leases

  /** One process: its clock is the store's. */
  async now(): Promise<number> {
    return Date.now();
  }

  async heartbeat(node: NodeInfo, held: HeldLeases, leaseUntil: number, now: number): Promise<{ now: number; lost: HeldLeases }> {
    return this.db.transaction(() => {
      this.q(upsertNodeSql(NODE_COLUMNS.map(() => "?").join(", "))).run(...nodeParams(node, now));
      this.q(`DELETE FROM kw_nodes WHERE heartbeat_at < ?`).run(now - NODE_FORGET_MS);
      const job = this.q(`UPDATE kw_jobs SET lease_until = ? WHERE id = ? AND state = 'leased' AND lease_owner = ?`);
      const run = this.q(`UPDATE kw_durable SET lease_until = ? WHERE run_id = ? AND state = 'leased' AND lease_owner = ?`);
      const lost: HeldLeases = {
        jobs: held.jobs.filter((l) => job.run(leaseUntil, l.id, l.owner).changes !== 1),
        runs: held.runs.filter((l) => run.run(leaseUntil, l.id, l.owner).changes !== 1),
      };
      return { now: Date.now(), lost };
    }).immediate();
  }

  async listNodes(): Promise<NodeRecord[]> {
    const now = Date.now();
    return (this.q(listNodesSql("?", "?")).all(now, now, now - NODE_FORGET_MS) as Row[]).map(toNode);
  }

  async removeNode(id: string): Promise<void> {
    this.q(`DELETE FROM kw_nodes WHERE id = ?`).run(id);
  }

  // ---------------------------------------------------------------- deployments (store/deployments.ts)

  async createDeployment(d: NewDeployment, now: number): Promise<Deployment> {
    const id = this.db.transaction(() => {
      const top = this.q(`SELECT COALESCE(MAX(id), 0) AS id, COALESCE(MAX(activation), 0) AS activation FROM kw_deployments`).get() as { id: number; activation: number };
      const id = top.id + 1;
      const bytes = d.files.reduce((n, f) => n + f.data.length, 0);
      this
        .q(`INSERT INTO kw_deployments (id, created_at, created_by, message, works, files, bytes, digest, activation, activated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(id, now, d.createdBy, d.message, d.works, d.files.length, bytes, d.digest, top.activation + 1, now);
      const insert = this.q(`INSERT INTO kw_deployment_files (deployment, path, encoding, content) VALUES (?, ?, ?, ?)`);
      for (const f of d.files) {
        const { content, encoding } = encodeFile(f.data);
        insert.run(id, f.path, encoding, content);
      }
      return id;
    }).immediate();
    return (await this.getDeployment(id))!;
  }

  async listDeployments(limit: number): Promise<Deployment[]> {
    return (this.q(`${DEPLOYMENT_SELECT} ORDER BY d.id DESC LIMIT ?`).all(limit) as Row[]).map(toDeployment);
  }

  async currentDeployment(): Promise<Deployment | null> {
    const r = this.q(`${DEPLOYMENT_SELECT} ORDER BY d.activation DESC LIMIT 1`).get() as Row | undefined;
    return r ? toDeployment(r) : null;
  }

  async getDeployment(id: number): Promise<Deployment | null> {
    const r = this.q(`${DEPLOYMENT_SELECT} WHERE d.id = ?`).get(id) as Row | undefined;
    return r ? toDeployment(r) : null;
  }

  async deploymentFiles(id: number): Promise<DeploymentFile[] | null> {
    if (!this.q(`SELECT 1 FROM kw_deployments WHERE id = ?`).get(id)) return null;
    const rows = this.q(`SELECT path, encoding, content FROM kw_deployment_files WHERE deployment = ? ORDER BY path`).all(id) as Array<{ path: string; encoding: string; content: string }>;
    return rows.map((r) => ({ path: r.path, data: decodeFile(r.content, r.encoding) }));
  }

  async activateDeployment(id: number, now: number): Promise<Deployment | null> {
    const found = this.db.transaction(() => {
      const cur = this.q(`SELECT id, activation FROM kw_deployments ORDER BY activation DESC LIMIT 1`).get() as { id: number; activation: number } | undefined;
      if (!this.q(`SELECT 1 FROM kw_deployments WHERE id = ?`).get(id)) return false;
      // Already current: nothing changes.
      if (cur && Number(cur.id) !== id) this.q(`UPDATE kw_deployments SET activation = ?, activated_at = ? WHERE id = ?`).run(Number(cur.activation) + 1, now, id);
      return true;
    }).immediate();
    return found ? this.getDeployment(id) : null;
  }

  // ---------------------------------------------------------------- fleet-wide flow control (engine/flow.ts)

  async takeRate(key: string, limit: number, perMs: number, want: number, now: number): Promise<RateTake> {
    const windowStart = Math.floor(now / perMs) * perMs;
    return this.db.transaction(() => {
      const row = this.q(`SELECT window_start, count FROM kw_rate_windows WHERE key = ?`).get(key) as { window_start: number; count: number } | undefined;
      const used = row && Number(row.window_start) === windowStart ? Number(row.count) : 0;
      const granted = Math.max(0, Math.min(want, limit - used));
      if (granted > 0 || !row || Number(row.window_start) !== windowStart) {
        this.q(`INSERT INTO kw_rate_windows (key, window_start, count, granted) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET window_start = excluded.window_start, count = excluded.count, granted = excluded.granted`)
          .run(key, windowStart, used + granted, granted);
      }
      return { granted, windowStart, now };
    }).immediate();
  }

  async returnRate(key: string, windowStart: number, count: number): Promise<void> {
    if (count <= 0) return;
    this.q(`UPDATE kw_rate_windows SET count = MAX(0, count - ?) WHERE key = ? AND window_start = ?`).run(count, key, windowStart);
  }

  async claimJobsCapped(queue: string, owner: string, leaseMs: number, limit: number, cap: number, now: number): Promise<Job[]> {
    if (limit <= 0 || cap <= 0) return [];
    return this.db.transaction(() => this.leaseCapped(queue, owner, leaseMs, limit, cap, now)).immediate();
  }
}
